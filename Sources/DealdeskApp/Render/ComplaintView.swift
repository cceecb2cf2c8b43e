import DealdeskCore
import Foundation

/// Complaints: the list, the replies to filing and resolving one, and the account card's line.
enum ComplaintView {
  static func list(_ desk: Desk, client: String?, openOnly: Bool) -> String {
    var complaints = client.map { desk.complaints(for: $0) } ?? desk.complaintsInOrder
    if openOnly { complaints = complaints.filter { $0.status == .open } }
    let whose = client.map { " for \(desk.clients[$0]?.name ?? $0)" } ?? ""
    let kind = openOnly ? "open complaints" : "complaints"
    guard !complaints.isEmpty else {
      return "No \(kind)\(whose)." + (openOnly || client != nil ? "" : " Record one: complaint Acme: wrong shade on S-7")
    }
    var table = Table(["id", "client", "order", "reason", "status", "opened", "what"], align: [.left, .left, .left, .left, .left, .left, .left])
    for complaint in complaints {
      table.add([
        complaint.id, desk.clients[complaint.clientId]?.name ?? complaint.clientId,
        [complaint.order, complaint.lot.map { "lot \($0)" }].compactMap { $0 }.joined(separator: " "),
        complaint.reason.label, status(complaint), DeskDate.day(complaint.openedAt), complaint.text,
      ])
    }
    let title = (openOnly ? "Open complaints" : "Complaints") + whose + " (\(complaints.count))"
    var lines = [title, table.render()]
    let justified = complaints.filter { $0.verdict == .justified }.count
    if !openOnly, justified > 0 { lines.append("  justified: \(justified)") }
    return lines.joined(separator: "\n")
  }

  /// "open", "resolved · justified"
  static func status(_ complaint: Complaint) -> String {
    ([complaint.status.rawValue] + [complaint.verdict?.rawValue].compactMap { $0 }).joined(separator: " · ")
  }

  /// "credit 120.00 · replacement 50 m · discount 5% · words"
  static func resolution(_ r: ComplaintResolution) -> String {
    var parts: [String] = []
    if let credit = r.credit { parts.append("credit \(Format.money(credit))") }
    if let meters = r.replacementMeters { parts.append("replacement \(Format.meters(meters))") }
    if let percent = r.discountPercent { parts.append("discount \(Format.percent(percent))") }
    if saysMore(r.text) { parts.append(r.text) }
    return parts.joined(separator: " · ")
  }

  /// Whether the manager's words add anything to the figures ("credit 120.00" does not).
  private static func saysMore(_ text: String) -> Bool {
    let plain: Set<String> = [
      "credit", "credited", "refund", "refunded", "note", "replaced", "replacement", "replace", "discount", "off", "of", "m",
      "metres", "meters", "metre", "meter", "eur", "usd", "gbp", "a", "the", "with", "and", "given", "gave", "sent",
    ]
    let words = text.lowercased().split { !$0.isLetter }.map(String.init)
    return words.contains { !plain.contains($0) }
  }

  static func confirm(_ event: Event, desk: Desk) -> String? {
    switch event {
    case .complaintFiled(let complaint):
      let client = desk.clients[complaint.clientId]?.name ?? complaint.clientId
      var on = complaint.order.map { " on \($0)" } ?? ""
      if let lot = complaint.lot { on += " (lot \(lot))" }
      let said = complaint.text.lowercased() == complaint.reason.label ? "" : " · \(complaint.text)"
      var text = "\(complaint.id) from \(client)\(on): \(complaint.reason.label)\(said)"
      let open = desk.complaints(for: complaint.clientId).filter { $0.status == .open }.count
      if open > 1 { text += "\n  \(client) has \(open) open complaints." }
      return text + "\n  Resolve it: resolve \(complaint.id) justified: credit …, or \(complaint.id) unjustified: why"
    case .complaintResolved(let id, let verdict, let resolution, _):
      let client = desk.complaints[id].flatMap { desk.clients[$0.clientId]?.name } ?? "the client"
      let judged = verdict.map { " (\($0.rawValue))" } ?? ""
      let what = Self.resolution(resolution)
      var text = "Resolved \(id)\(judged) for \(client)" + (what.isEmpty ? "." : ": \(what).")
      if verdict == nil { text += " No verdict recorded." }
      return text
    default:
      return nil
    }
  }

  /// The account card's line: open complaints, if any.
  static func cardLine(_ desk: Desk, client: String) -> String? {
    let open = desk.complaints(for: client).filter { $0.status == .open }
    guard !open.isEmpty else { return nil }
    return "  open complaints: " + open.map { "\($0.id) \($0.reason.label)" + ($0.order.map { " on \($0)" } ?? "") }.joined(separator: ", ")
  }
}
