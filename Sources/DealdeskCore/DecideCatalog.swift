import Foundation

func decideAddProduct(_ new: NewProduct, desk: Desk) throws(DeskError) -> [Event] {
  let name = normalisedName(new.name)
  let example = "Try: add product Linen 220 category linen price 12.40 cost 7.90"
  guard !name.isEmpty else { throw DeskError("A product needs a name.", suggestion: example) }
  if let existing = desk.products.values.first(where: { sameName($0.name, name) }) {
    throw DeskError("There is already a product \(existing.name) (\(existing.sku)).")
  }
  // "offer Acme 10% on silk" must not have to ask whether silk is the fabric or the category.
  if let category = desk.categories.first(where: { sameName($0, name) }) {
    throw DeskError("\(name) is already the name of a category (\(category)).", suggestion: "Name the fabric more fully, e.g. \(name) Habotai 90.")
  }
  guard let price = new.listPrice else {
    throw DeskError("\(name) needs a list price per metre.", suggestion: example)
  }
  guard price > 0 else { throw DeskError("A list price must be more than zero.") }
  try Limits.checkMoney(price, "A list price of", max: Limits.maxPrice)
  if let cost = new.cost, cost < 0 { throw DeskError("A cost cannot be negative.") }
  if let cost = new.cost { try Limits.checkMoney(cost, "A cost of", max: Limits.maxPrice) }
  if let roll = new.rollLength, roll <= 0 { throw DeskError("A roll length must be more than zero.") }
  if let roll = new.rollLength { try Limits.checkMeters(roll) }
  for (value, what) in [(new.widthCm, "A width of"), (new.gsm, "A weight of")] {
    guard let value else { continue }
    if value < 0 || value > Limits.maxMeasure {
      throw DeskError("\(what) \(Money.trimmed(value)) is outside what the desk accepts (0 to \(Money.trimmed(Limits.maxMeasure))).")
    }
  }
  try checkMinimums(order: new.minimumOrderMeters, cut: new.minimumCutMeters)  // Stock:
  let sku = try productSku(new.sku, name: name, desk: desk)
  let category = new.category?.trimmingCharacters(in: .whitespaces).lowercased() ?? "other"
  // A client's alias names that client only: a fabric, SKU or category called the same would
  // make the alias ambiguous.
  for (text, shown, noun) in [(name, name, "name"), (sku, "SKU \(sku)", "SKU"), (category, "The category \(category)", "category")] {
    if let (owner, alias) = desk.aliasOwner(text) {
      throw DeskError("\(shown) is already another name for \(owner.name) (\(owner.id)).",
                      suggestion: "Remove that alias first (remove alias \(alias)), or choose another \(noun).")
    }
  }
  var product = Product(sku: sku, name: name, category: category.isEmpty ? "other" : category, listPrice: price)
  product.cost = new.cost
  product.widthCm = new.widthCm
  product.gsm = new.gsm
  product.composition = new.composition
  product.colour = new.colour
  product.finish = new.finish
  product.rollLength = new.rollLength
  // Stock: zero means no minimum, as in `setMinimums`.
  product.minimumOrderMeters = new.minimumOrderMeters.flatMap { $0 == 0 ? nil : $0 }
  product.minimumCutMeters = new.minimumCutMeters.flatMap { $0 == 0 ? nil : $0 }
  return [.productAdded(product)]
}

/// The SKU as given (upper-cased), or one made from the name ("Linen 220" → "LIN-220").
private func productSku(_ given: String?, name: String, desk: Desk) throws(DeskError) -> String {
  if let given {
    let sku = given.uppercased()
    if let other = desk.products[sku] {
      throw DeskError("SKU \(sku) is already \(other.name).")
    }
    return sku
  }
  let words = name.uppercased().folding(options: .diacriticInsensitive, locale: nil)
    .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
  let head = String(words.first?.prefix(3) ?? "SKU")
  let rest = words.dropFirst().map(String.init).joined(separator: "-")
  let base = rest.isEmpty ? head : "\(head)-\(rest)"
  var sku = base
  var n = 2
  while desk.products[sku] != nil {
    sku = "\(base)-\(n)"
    n += 1
  }
  return sku
}

func decideReceive(sku: String, meters: Decimal, lot: String?, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard let product = desk.products[sku] else { throw DeskError("There is no product \(sku).") }
  guard meters > 0 else { throw DeskError("Receive a quantity above zero.") }
  try Limits.checkMeters(meters)
  // A lot with no id given gets the first free "SKU-Ln": never an existing lot's id, since
  // adding to another lot would mix two dye lots' shades.
  var lotId = lot ?? ""
  if lot == nil {
    var n = product.lots.count + 1
    while product.lots.contains(where: { $0.id == "\(product.sku)-L\(n)" }) { n += 1 }
    lotId = "\(product.sku)-L\(n)"
  }
  return [.stockReceived(sku: sku, lot: lotId, meters: meters, at: now)]
}
