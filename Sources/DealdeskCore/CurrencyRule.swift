import Foundation

/// The desk keeps every amount as a bare number in its one currency, with no rate beside it.
/// Changing the currency once amounts exist would relabel them (2,790.00 EUR read as
/// 2,790.00 USD) without converting anything, so it is allowed only while there are none.
extension Desk {
  /// What on the desk is an amount in its currency, by kind and count ("15 priced products",
  /// "3 offers"); empty when there is nothing a change of currency would relabel.
  public var amountsInCurrency: [String] {
    var held: [String] = []
    func count(_ n: Int, _ one: String, _ many: String) {
      if n > 0 { held.append(n == 1 ? "1 \(one)" : "\(n) \(many)") }
    }
    count(products.values.filter { $0.listPrice != 0 || $0.cost != nil }.count, "priced product", "priced products")
    count(offers.count, "offer", "offers")
    count(orders.count, "order", "orders")
    count(payments.count, "payment", "payments")
    count(expenses.count, "expense", "expenses")
    count(competitorPrices.count, "competitor price", "competitor prices")
    count(clients.values.filter { $0.creditLimit != nil }.count, "credit limit", "credit limits")
    count(settings.quotas.count, "quota", "quotas")
    count(settings.clientTiers.count, "client tier", "client tiers")
    if settings.expenseBudget != nil { held.append("the entertainment budget") }
    return held
  }

  /// Whether the currency may change: only on a desk that holds no amounts yet.
  public var canChangeCurrency: Bool { amountsInCurrency.isEmpty }
}

/// Refuses a change of currency on a desk that already holds amounts, naming them.
func checkCurrencyChange(to code: String, desk: Desk) throws(DeskError) {
  guard code != desk.settings.currency, !desk.canChangeCurrency else { return }
  let current = desk.settings.currency
  throw DeskError(
    "The desk's amounts are in \(current) (\(desk.amountsInCurrency.joined(separator: ", "))); setting the currency to \(code) would relabel them as \(code) without converting them.",
    suggestion: "Keep \(current) on this desk. For \(code), start a desk in another folder (dealdesk --data DIR) and set its currency before any amount.")
}
