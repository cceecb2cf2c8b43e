import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// Issue 15's defects in the ledger, each as a manager meets it: what a client owes, what is
/// ordered but not invoiced, credit notes, returns, lateness and payments far off the mark.
@Suite struct LedgerSessionTests {
  /// Acme: S-1 300 m poplin shipped (2,070.00, invoiced at 2,484.00 with 20% VAT), S-2 200 m
  /// linen 220 taken (2,480.00; 2,976.00 with VAT), and with a 5,000.00 limit S-3 100 m linen
  /// 220 (1,240.00; 1,488.00 with VAT) waits on credit hold.
  private let acme = [
    "@now 2026-11-02 09:00", "load sample data", "Acme orders 300m poplin", "ship S-1", "Acme orders 200m linen 220",
    "set Acme credit limit 5,000", "Acme orders 100m linen 220",
  ]

  /// Item 2: owes counts invoices only; ordered-not-invoiced and credit exposure are named apart.
  @Test func owesIsInvoicedAndUnpaidNotEverythingOrdered() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: acme)
    defer { _ = s.close() }
    #expect(s.desk.orders["S-3"]?.status == .pendingApproval)
    let ledger = s.desk.ledger(for: "CL-1")
    // What the client pays is gross: each invoice and order with its VAT.
    #expect(ledger.owes == 2484)
    #expect(ledger.orderedNotInvoiced == 4464)
    #expect(ledger.exposure == 6948)
    let balance = s.handle("how much does acme owe").text
    #expect(balance.hasPrefix("Acme Textiles owes 2,484.00 EUR (invoiced, unpaid, VAT included)."), "\(balance)")
    #expect(balance.contains("ordered, not yet invoiced: 4,464.00 (S-2, S-3 on credit hold)"))
    #expect(balance.contains("credit exposure 6,948.00 of limit 5,000.00 · headroom 0.00"))
    let owing = s.handle("who owes us").text
    #expect(owing.hasPrefix("Owed to us (invoiced with VAT, unpaid, less credit notes): 2,484.00 EUR"))
    #expect(s.handle("show Acme").text.contains("account: owes 2,484.00 EUR · ordered, not yet invoiced 4,464.00 · credit exposure 6,948.00 of 5,000.00"))
    // An order on credit hold earns no quota percent: only the shipped one is a sale, net of VAT.
    #expect(s.desk.sales(in: Period.month(of: s.now)) == 2070)
  }

  /// Item 3: a complaint credit is a numbered credit note, not a payment; a discount is one
  /// too; a replacement ships metres from stock at no charge.
  @Test func complaintRemediesPostCreditNotesAndMoveStock() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: acme + ["Acme paid 2,000 for S-1", "complaint Acme: wrong shade on S-1", "complaint Acme: 20 m short on S-1", "complaint Acme: holes on S-1"])
    defer { _ = s.close() }
    let credit = s.handle("resolve C-1 justified: credit 40")
    #expect(credit.text.contains("Credit note CN-1: 40.00 EUR against S-1 (invoice INV-1) for C-1."), "\(credit.text)")
    let ledger = s.desk.ledger(for: "CL-1")
    #expect(ledger.paid == 2000, "a credit is not a payment")
    // The note is 40.00 net; it gives back 48.00 with the VAT it takes back.
    #expect(ledger.credited == 48)
    #expect(ledger.owes == 436)
    let invoice = s.handle("invoice S-1").text
    #expect(invoice.contains("credited 48.00 · paid 2,000.00 · outstanding 436.00"), "\(invoice)")
    // 1% of the invoice's 2,070.00 net is 20.70 (24.84 with VAT).
    let discount = s.handle("resolve C-2 justified: discount 1%")
    #expect(discount.text.contains("Credit note CN-2: 20.70 EUR against S-1"), "\(discount.text)")
    #expect(s.desk.creditNotes["CN-2"]?.kind == .complaintDiscount)
    // A replacement ships from a lot like any shipment, at no charge.
    let before = s.desk.products["POP-WHT"]?.metersInStock ?? 0
    let replaced = s.handle("resolve C-3 justified: replaced 20m")
    #expect(replaced.text.contains("Replacement for C-3 shipped at no charge: 20 m Poplin White from lot"), "\(replaced.text)")
    #expect(s.desk.products["POP-WHT"]?.metersInStock == before - 20)
    #expect(s.desk.ledger(for: "CL-1").owes == d("411.16"), "a replacement costs the client nothing")  // 436.00 − 24.84
  }

  /// A credit beyond what is left on the invoice, and a credit on an order not yet shipped,
  /// are refused; the desk and its numbering are as they were.
  @Test func aCreditMustFitTheInvoice() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: acme + ["complaint Acme: wrong shade on S-1", "complaint Acme: late on S-2"])
    defer { _ = s.close() }
    #expect(s.handle("resolve C-1 justified: credit 2,070.01").text.hasPrefix("A credit of 2,070.01 is more than the 2,070.00 left to credit on S-1 (invoice INV-1)."))
    #expect(s.handle("resolve C-2 justified: credit 10").text.hasPrefix("S-2 has not shipped, so there is no invoice to credit."))
    #expect(s.desk.creditNotes.isEmpty && s.desk.nextCreditNoteNumber == 1)
  }

  /// Item 4: returns put metres back into the lot they left from, damaged goods into
  /// quarantine, each with a credit note; more than shipped is refused, and so is a return
  /// from an order that has not shipped.
  @Test func returnsPutMetresBackAndRaiseCreditNotes() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: acme)
    defer { _ = s.close() }
    let lot = try #require(s.desk.invoice(of: "S-1")?.shipped.first?.lot)
    let inLot = { s.desk.products["POP-WHT"]?.lots.first { $0.id == lot }?.meters ?? -1 }
    let before = inLot()
    let back = s.handle("return 50m poplin from S-1, wrong width")
    #expect(back.text.hasPrefix("Return RT-1: 50 m Poplin White from S-1 (lot \(lot)) back into lot \(lot) · wrong width."), "\(back.text)")
    #expect(back.text.contains("Credit note CN-1: 345.00 EUR against S-1 (invoice INV-1) for RT-1."))
    #expect(inLot() == before + 50)
    let damaged = s.handle("return 10m poplin from S-1, damaged")
    #expect(damaged.text.contains("into quarantine (not sellable)"), "\(damaged.text)")
    #expect(inLot() == before + 50, "damaged goods are not sellable stock")
    #expect(s.desk.quarantined(sku: "POP-WHT") == 10)
    #expect(s.handle("show poplin").text.contains("10 m in quarantine (returned damaged, not sellable)"))
    #expect(s.desk.ledger(for: "CL-1").owes == d("1987.20"))  // 2,484.00 − 414.00 − 82.80, VAT included
    #expect(s.handle("return 241m poplin from S-1").text.hasPrefix("S-1 shipped less Poplin White from lot \(lot) than that: only 240 m can still come back."))
    #expect(s.handle("return 5m linen 220 from S-2").text.hasPrefix("S-2 has not shipped: nothing can come back."))
    #expect(s.handle("return 5m linen 220 from S-1").text.hasPrefix("S-1 did not ship Linen 220."))
    #expect(s.handle("cancel S-1").text.contains("Record a return when the goods come back: return 50m FABRIC from S-1"))
    #expect(s.handle("undo").text.hasPrefix("Undone: return 10m poplin from S-1"))
    #expect(s.desk.quarantined(sku: "POP-WHT") == 0 && s.desk.creditNotes.count == 1)
  }

  /// Goods that come back after a complaint credit are taken back, but credited only what the
  /// invoice has left: credit notes never add up to more than the invoice.
  @Test func aReturnAfterACreditTakesOnlyWhatTheInvoiceHasLeft() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: acme + ["complaint Acme: wrong shade on S-1", "resolve C-1 justified: credit 2,000"])
    defer { _ = s.close() }
    let first = s.handle("return 100m poplin from S-1")
    #expect(first.text.contains("Credit note CN-2: 70.00 EUR against S-1"), "\(first.text)")
    let second = s.handle("return 100m poplin from S-1")
    #expect(second.text.hasSuffix("No credit note: S-1's invoice was already credited in full."), "\(second.text)")
    #expect(s.desk.credited(order: "S-1") == 2070)
    #expect(s.desk.ledger(for: "CL-1").owes == 0)
    #expect(s.handle("export csv returns").text.contains("RT-2,CL-1,Acme Textiles,S-1,POP-WHT"))
  }

  /// Item 7: lateness is counted in calendar days from the due day, and the due day itself
  /// is not late.
  @Test func daysLateAreCalendarDaysAndTheDueDayIsNotLate() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    // Shipped 21 Oct 18:00 on net 30: due 20 Nov.
    let s = try desk.open(running: ["@now 2026-10-21 18:00", "load sample data", "Bora orders 100m poplin", "ship S-1", "@now 2026-11-20 23:00"])
    defer { _ = s.close() }
    #expect(s.handle("overdue").text == "Nothing is overdue.")
    #expect(s.handle("@now 2026-11-22 08:00").isError == false)
    let late = s.handle("overdue").text
    #expect(late.hasPrefix("Overdue: 828.00 EUR on 1 invoice"), "\(late)")  // 690.00 and its VAT
    #expect(late.contains("20 Nov 2026          2"), "\(late)")
    #expect(s.handle("balance Bora").text.contains("OVERDUE 2 days"))
    let ageing = s.handle("ageing").text
    #expect(ageing.contains("Bora Fabrics") && ageing.contains("828.00"), "\(ageing)")
  }

  /// Item 13, its last part: a payment far above what the client owes and has on order is
  /// asked back, and goes through when the line says it is money on account.
  @Test func aPaymentFarAboveTheBalanceIsAskedBack() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "Bora orders 100m poplin", "ship S-1"])
    defer { _ = s.close() }
    let asked = s.handle("bora paid 999999")
    #expect(asked.isError)
    #expect(asked.text == "999,999.00 is far more than Bora Fabrics owes and has on order 828.00: was that the amount? If it was, record it as money on account: Bora Fabrics paid 999,999.00 on account")
    #expect(s.desk.payments.isEmpty)
    #expect(!s.handle("bora paid 900").isError, "a round sum a little over is a payment")
    #expect(!s.handle("bora paid 999,999 on account").isError)
    #expect(s.desk.ledger(for: "CL-2").owes == d("-1000071.00"))  // 828.00 − 900.00 − 999,999.00
  }

  /// One rule per move: an order on credit hold that a payment brought back under the limit
  /// ships in decide, is offered by Tab, and is the one "ship" picks for the client.
  @Test func aHeldOrderBackUnderTheLimitShipsEverywhere() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: acme + ["Acme paid 2,070 for S-1", "Acme paid 1,000 on account"])
    defer { _ = s.close() }
    #expect(s.desk.orders["S-3"]?.status == .pendingApproval)
    #expect(s.desk.ledger(for: "CL-1").exposure == 3878)  // 2,484.00 − 3,070.00 + 4,464.00 ordered
    #expect(s.completions(line: "ship S-", wordStart: 5) == ["S-2", "S-3"])
    #expect(s.handle("ship S-3").text.hasPrefix("Shipped S-3"))
    #expect(s.completions(line: "ship S-", wordStart: 5) == ["S-2"])
  }

  /// Item 14: the due date runs from shipping (the invoice) in every reply and the export.
  @Test func theDueDateRunsFromTheInvoiceEverywhere() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["@now 2026-11-02 09:00", "load sample data", "Acme orders 300m poplin", "@now 2026-11-10 09:00", "ship S-1"])
    defer { _ = s.close() }
    #expect(s.handle("invoice S-1").text.contains("due 10 Dec 2026"))
    let root = try #require(try JSONSerialization.jsonObject(with: Data(s.handle("export json").text.utf8)) as? [String: Any])
    let order = try #require((root["orders"] as? [[String: Any]])?.first)
    #expect(order["dueDate"] as? String == "2026-12-10T09:00:00Z")
    #expect(order["invoicedAt"] as? String == "2026-11-10T09:00:00Z")
    let invoice = try #require((root["invoices"] as? [[String: Any]])?.first)
    #expect(invoice["dueDate"] as? String == "2026-12-10T09:00:00Z")
    #expect(invoice["amount"] as? String == "2070.00")
  }

  /// The statement of account: opening balance, invoices, payments and credit notes in date
  /// order with the running balance, closing at what the client owes.
  @Test func theStatementClosesAtWhatTheClientOwes() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: acme + ["@now 2026-11-20 09:00", "Acme paid 1,000 for S-1", "return 20m poplin from S-1"])
    defer { _ = s.close() }
    let statement = s.handle("statement Acme").text
    #expect(statement.hasPrefix("Statement of account · Acme Textiles (CL-1) · to 20 Nov 2026 · EUR"), "\(statement)")
    #expect(statement.contains("invoice INV-1"))
    #expect(statement.contains("payment P-1"))
    #expect(statement.contains("credit note CN-1"))
    let closing = statement.split(separator: "\n").first { $0.contains("closing balance") }
    #expect(closing?.hasSuffix(" 1,318.40") == true, "\(statement)")  // 2,484.00 − 1,000.00 − 165.60
    #expect(statement.contains("Acme Textiles owes 1,318.40 EUR."))
    #expect(statement.contains("Not on the statement: ordered, not yet invoiced: 4,464.00 (S-2, S-3 on credit hold)."))
    #expect(s.desk.statement(for: "CL-1", to: s.now).closing == s.desk.ledger(for: "CL-1").owes)
  }

  private func d(_ text: String) -> Decimal { Decimal(string: text) ?? 0 }
}
