import Foundation

func decideComplaint(_ new: NewComplaint, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard let client = desk.clients[new.client] else { throw DeskError("There is no client \(new.client).", suggestion: "`clients` lists them.") }
  let text = normalisedName(new.text)
  guard !text.isEmpty else {
    throw DeskError("What is the complaint?", suggestion: "e.g. complaint \(client.name): wrong shade on S-7")
  }
  guard text.count <= 500 else { throw DeskError("That complaint is too long to keep (\(text.count) characters; 500 at most).", suggestion: "Say it shorter.") }
  var lot = new.lot
  if let id = new.order {
    guard let order = desk.orders[id] else { throw DeskError("There is no order \(id).", suggestion: "`orders for \(client.name)` lists theirs.") }
    guard order.clientId == new.client else {
      let owner = desk.clients[order.clientId]?.name ?? order.clientId
      throw DeskError("\(id) is \(possessive(owner)) order, not \(possessive(client.name)).",
                      suggestion: "Check the order number: `orders for \(client.name)` lists theirs.")
    }
    // The lot the goods came from, when the order names exactly one.
    if lot == nil {
      let lots = Set(order.lines.compactMap(\.lot))
      if lots.count == 1 { lot = lots.first }
    }
  }
  let complaint = Complaint(
    id: Ids.complaint(desk.nextComplaintNumber), clientId: new.client, order: new.order, lot: lot, reason: new.reason,
    text: text, openedAt: now)
  return [.complaintFiled(complaint)]
}

func decideResolveComplaint(_ id: String, verdict: ComplaintVerdict?, resolution: ComplaintResolution, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard let complaint = desk.complaints[id] else { throw DeskError("There is no complaint \(id).", suggestion: "`complaints` lists them.") }
  guard complaint.status == .open else {
    let when = complaint.resolvedAt.map { " on \(DeskDate.day($0))" } ?? ""
    throw DeskError("\(id) was already resolved\(when).", suggestion: "A new problem is a new complaint, e.g. complaint \(desk.clients[complaint.clientId]?.name ?? "Acme"): …")
  }
  var resolution = resolution
  resolution.text = normalisedName(resolution.text)
  if verdict == .unjustified, resolution.credit != nil || resolution.discountPercent != nil {
    throw DeskError("An unjustified complaint gets no credit or discount.", suggestion: "Call it justified, or leave the remedy out.")
  }
  if let credit = resolution.credit, let order = complaint.order.flatMap({ desk.orders[$0] }), credit > order.total {
    throw DeskError("A credit of \(Money.plain(credit)) is more than \(order.id)'s total of \(Money.plain(order.total)).")
  }
  if let credit = resolution.credit {
    guard credit > 0 else { throw DeskError("A credit must be more than zero.") }
    try Limits.checkMoney(credit, "A credit of")
  }
  if let meters = resolution.replacementMeters {
    guard meters > 0 else { throw DeskError("A replacement must be more than zero metres.") }
    try Limits.checkMeters(meters)
  }
  if let percent = resolution.discountPercent {
    guard percent > 0, percent < 100 else { throw DeskError("A discount is between 0% and 100%.", suggestion: "e.g. resolve \(id): discount 5% on the next order") }
  }
  guard resolution.text.count <= 500 else { throw DeskError("That resolution is too long to keep (500 characters at most).") }
  return [.complaintResolved(complaint: id, verdict: verdict, resolution: resolution, at: now)]
}

/// "Acme Textiles'", "Bora's"
private func possessive(_ name: String) -> String { name.hasSuffix("s") ? name + "'" : name + "'s" }
