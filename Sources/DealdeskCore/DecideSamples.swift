import Foundation

// Showroom samples (duty 3): swatches per product, lent one at a time to a client and
// expected back by a date. A swatch on loan is not on the shelf, so lending lowers the
// showroom count and returning raises it.

func decideAddSwatches(sku: String, count: Int, desk: Desk) throws(DeskError) -> [Event] {
  guard desk.products[sku] != nil else { throw DeskError("There is no product \(sku).") }
  guard count > 0 else { throw DeskError("Add one swatch or more.") }
  guard count <= Limits.maxSwatches else {
    throw DeskError("\(count) swatches is more than the desk accepts at once (\(Limits.maxSwatches)).", suggestion: "Check the count.")
  }
  return [.swatchesAdded(sku: sku, count: count)]
}

func decideSwatchReorder(sku: String, below: Int, desk: Desk) throws(DeskError) -> [Event] {
  guard desk.products[sku] != nil else { throw DeskError("There is no product \(sku).") }
  guard below >= 0 else { throw DeskError("A reorder level cannot be negative.") }
  guard below <= Limits.maxSwatches else {
    throw DeskError("A reorder level of \(below) is more than the desk accepts (\(Limits.maxSwatches)).")
  }
  guard below != (desk.swatches[sku]?.reorderBelow ?? Swatches.defaultReorderBelow) else { return [] }
  return [.swatchReorderSet(sku: sku, below: below)]
}

/// Several swatches of one fabric are several loans, each lent from what the one before left
/// in the showroom, so the count on the shelf is checked for every swatch.
func decideLend(sku: String, client id: String, days: Int?, count: Int, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard count > 0 else { throw DeskError("Lend one swatch or more.") }
  var after = desk
  var events: [Event] = []
  for n in 0..<count {
    let inShowroom = after.swatches[sku]?.inShowroom ?? 0
    if n > 0, inShowroom == 0 {
      let name = desk.products[sku]?.name ?? sku
      throw DeskError("Only \(n) swatch\(n == 1 ? "" : "es") of \(name) in the showroom, not \(count).",
                      suggestion: "Lend \(n), or add swatches when they come in.")
    }
    let lent = try decideLend(sku: sku, client: id, days: days, desk: after, now: now)
    for event in lent { after.apply(event) }
    events += lent
  }
  return events
}

func decideLend(sku: String, client id: String, days: Int?, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard let client = desk.clients[id] else { throw DeskError("There is no client \(id).") }
  guard client.status != .archived else {
    throw DeskError("\(client.name) is archived.", suggestion: "Restore the client before lending a sample.")
  }
  guard let product = desk.products[sku] else { throw DeskError("There is no product \(sku).") }
  guard (desk.swatches[sku]?.inShowroom ?? 0) > 0 else {
    let out = desk.openLoans(sku: sku).map { loan in
      "\(loan.id) to \(desk.clients[loan.client]?.name ?? loan.client) due \(DeskDate.day(loan.dueBack))"
    }
    let loans = out.isEmpty ? "." : "; out on loan: \(out.joined(separator: ", "))."
    throw DeskError(
      "There is no swatch of \(product.name) in the showroom\(loans)", suggestion: "Add swatches when they come in.")
  }
  let days = days ?? desk.settings.sampleLoanDays
  guard (1...365).contains(days) else { throw DeskError("A sample is lent for 1 to 365 days.") }
  return [.sampleLent(SampleLoan(
    id: Ids.loan(desk.nextLoanNumber), sku: sku, client: client.id, lentAt: now,
    dueBack: now.addingTimeInterval(Double(days) * 86_400)))]
}

func decideReturnSample(_ id: String, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard let loan = desk.sampleLoans[id] else { throw DeskError("There is no sample loan \(id).") }
  if let returned = loan.returnedAt { throw DeskError("\(id) was returned on \(DeskDate.day(returned)).") }
  return [.sampleReturned(loan: id, at: now)]
}
