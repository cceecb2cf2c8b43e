import DealdeskCore
import Foundation

/// A Tab candidate: the text that goes into the line, and, for an id, what it stands for.
public struct CompletionCandidate: Equatable, Sendable {
  public var text: String
  /// Shown beside the id in the list of candidates ("Acme Textiles · 1,200.00 EUR · open"),
  /// never typed into the line; nil for a name or a word, which say what they are.
  public var note: String?

  public init(_ text: String, note: String? = nil) {
    self.text = text
    self.note = note
  }
}

/// What an id stands for, told the way a manager tells records apart on a call: whose it is,
/// how much, where it stands, and what it is for (zsh and fish list candidates this way).
enum CompletionNotes {
  static func note(for id: String, desk: Desk, now: Date) -> String? {
    if let order = desk.orders[id] { return note(order, desk: desk) }
    if let offer = desk.offers[id] { return note(offer, desk: desk, now: now) }
    if let followUp = desk.followUps[id] { return note(followUp, desk: desk) }
    return nil
  }

  static func note(_ order: Order, desk: Desk) -> String {
    let status = order.status == .pendingApproval ? "credit hold" : order.status.rawValue
    let fabrics = order.lines.map { desk.products[$0.sku]?.name ?? $0.sku }
    return [
      client(order.clientId, desk), "\(Format.money(order.total)) \(desk.settings.currency)", status,
      unique(fabrics).joined(separator: ", "),
    ].filter { !$0.isEmpty }.joined(separator: " · ")
  }

  static func note(_ offer: Offer, desk: Desk, now: Date) -> String {
    let value = desk.total(of: offer.current).map { "\(Format.money($0)) \(desk.settings.currency)" }
    return [client(offer.clientId, desk), value, OfferView.status(offer, now: now, desk: desk), OfferText.summary(offer.current, desk: desk)]
      .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
  }

  static func note(_ followUp: FollowUp, desk: Desk) -> String {
    [client(followUp.client, desk), "due \(DeskDate.day(followUp.due))", followUp.text]
      .filter { !$0.isEmpty }.joined(separator: " · ")
  }

  private static func client(_ id: String, _ desk: Desk) -> String { desk.clients[id]?.name ?? id }

  private static func unique(_ names: [String]) -> [String] {
    names.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
  }
}
