import DealdeskCore
import Foundation

/// Complaints (claims): what a client is unhappy about, on which order, and how it was settled.
enum ComplaintGrammar {
  static let family = "Complaints"

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "complaint", family: family, verbs: ["complaint", "new complaint", "log complaint", "claim"],
      subjectVerbs: ["complains", "complained", "complains about", "complained about", "is complaining about", "has a complaint",
                     "unhappy with", "unhappy about", "not happy with", "not happy about",
                     // "drini complaint: shade differs from the swatch": the subject's complaint, typed as a heading.
                     "complaint", "claim", "complaint about", "complaint on", "new complaint", "complain", "complain about"],
      summary: "Record a client's complaint, on an order when one is named (the reason is read from the words).",
      usage: "complaint CLIENT: WHAT [on S-7]   CLIENT complains about WHAT   complaint on the last order: WHAT",
      examples: ["complaint Acme: wrong shade on S-1", "Acme complains about late delivery", "complaint on the last order: 20 m short"],
      parse: complaint),
    CommandSpec(
      name: "resolve", family: family, verbs: ["resolve", "resolve complaint", "close complaint", "settle complaint"],
      subjectVerbs: ["resolved", "is resolved", "justified", "is justified", "unjustified", "is unjustified", "not justified", "is not justified"],
      summary: "Close a complaint: justified or not, and what was done (credit, replacement metres, discount).",
      usage: "resolve C-3 [justified|unjustified]: WHAT WAS DONE   C-3 unjustified: WHY",
      examples: ["resolve C-1: replaced 50m", "resolve C-1 justified: credit 120.00", "C-1 unjustified: within tolerance"],
      parse: resolve),
    CommandSpec(
      name: "complaints", family: family,
      verbs: ["complaints", "open complaints", "list complaints", "claims", "open claims", "any complaints", "any open complaints"],
      summary: "List complaints, all or one client's; open complaints for those still to settle.",
      usage: "complaints [for CLIENT]   open complaints", examples: ["complaints", "open complaints", "complaints for Acme"],
      parse: list),
  ]

  private static let lastOrder = ["last order", "latest order", "most recent order", "last delivery", "last shipment"]
  private static let about = ["about", "from", "by", "regarding", "re", "over", "against", "concerning"]

  static func complaint(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    let desk = c.context.desk
    var client = subject.flatMap { desk.clients[$0] != nil ? $0 : nil }
    var order = subject.flatMap { desk.orders[$0] != nil ? $0 : nil }
    var wantsLast = false
    // Before a colon: who and which order. After it (or after the last of those): the words.
    let colon = c.tokens[c.index...].firstIndex { $0.kind == .punctuation && $0.text == ":" }
    let end = colon ?? c.tokens.count
    while c.index < end {
      if c.isPunctuation() || (c.current.map(Lexicon.isFiller) ?? false) {
        c.index += 1
      } else if c.takeAny(about) != nil {
        continue
      } else if order == nil, let ref = c.orderReference(allowWord: true) {
        order = ref
      } else if c.takeAny(lastOrder) != nil {
        wantsLast = true
      } else if client == nil, let id = try c.client() {
        client = id
      } else {
        break
      }
    }
    let textStart = c.index < end ? c.index : end + 1
    // "complaint Acme K-9 wrong shade": an id where the order would be that is no record's.
    if c.index < end, let id = c.idShaped(), !desk.hasRecord(id) { throw Cursor.noRecord(id, offset: c.current?.offset) }
    // The words may name the order or lot too: "wrong shade on S-7", "lot 24-117 has holes".
    var lot: String?
    var scan = c
    scan.index = textStart
    while !scan.isAtEnd {
      if order == nil, let ref = scan.orderReference() {
        order = ref
      } else if lot == nil, scan.take("lot"), let token = scan.current, token.kind != .punctuation {
        lot = token.text
        scan.index += 1
      } else if !wantsLast, scan.takeAny(lastOrder) != nil {
        wantsLast = true
      } else {
        scan.index += 1
      }
    }
    let text = c.text(from: textStart, to: c.tokens.count)
    c.markText(from: textStart, to: c.tokens.count)
    c.index = c.tokens.count
    if client == nil, let order, let owner = desk.orders[order]?.clientId { client = owner }
    let id = try c.clientOrContext(client, example: "complaint Acme: wrong shade on S-7")
    let name = desk.clients[id]?.name ?? id
    if let ref = order, desk.orders[ref] == nil { throw ParseError("There is no order \(ref).", suggestion: "`orders for \(name)` lists theirs.") }
    if order == nil, wantsLast {
      guard let latest = desk.orders(for: id).last(where: \.isBillable) else {
        throw ParseError("\(name) has no orders yet.", suggestion: "Record the complaint without one: complaint \(name): …")
      }
      order = latest.id
    }
    guard !text.isEmpty else { throw ParseError("What is the complaint?", suggestion: "e.g. complaint \(name): wrong shade on S-7") }
    let reason = ComplaintReason.read(from: text)
    c.fill("client", name)
    if let order { c.fill("order", order) }
    if let lot { c.fill("lot", lot) }
    c.fill("reason", reason.label)
    c.fill("text", text)
    return .command(.fileComplaint(NewComplaint(client: id, order: order, lot: lot, reason: reason, text: text)))
  }

  static func resolve(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    let desk = c.context.desk
    var verdict = verdict(in: c.tokens[..<c.index].map(\.folded))
    var id = subject.flatMap { desk.complaints[$0] != nil ? $0 : nil }
    if id == nil {
      // "resolve the vlora complaint: …", "settle it" when a complaint was last talked about.
      let open = RecordReference(kind: .complaint, fits: { desk.complaints[$0]?.status == .open }, verb: "resolve")
      id = try c.recordReference(open)
    }
    c.skipFiller()
    if id == nil { id = c.complaintReference() }
    // "resolve K-1: …": an id that is no complaint's is refused, never read as "the only
    // open complaint" with the id left in the text.
    if id == nil, let typed = c.idShaped() {
      throw c.error("There is no complaint \(typed).", suggestion: Self.openComplaints(desk))
    }
    if id == nil {
      // The one open complaint of the client named or in context.
      let named = try c.client()
      let client = named ?? c.context.contextClient
      let open = (client.map { desk.complaints(for: $0) } ?? desk.complaintsInOrder).filter { $0.status == .open }
      guard open.count == 1, let only = open.first else {
        throw ParseError("Which complaint?", suggestion: "Name it, e.g. resolve C-3: replaced 50m (`open complaints` lists them)")
      }
      id = only.id
    }
    guard let id else { throw ParseError("Which complaint?", suggestion: "e.g. resolve C-3: replaced 50m") }
    guard desk.complaints[id] != nil else { throw ParseError("There is no complaint \(id).", suggestion: "`complaints` lists them.") }
    // A verdict before the colon ("resolve C-3 justified: …", "C-3 is not justified"), or first after it.
    let start0 = c.index
    while let word = c.word(), ["as", "is", "was", "justified", "unjustified", "not"].contains(word) { c.index += 1 }
    if let found = Self.verdict(in: c.tokens[start0..<c.index].map(\.folded)) { verdict = found }
    while c.isPunctuation() { c.index += 1 }
    if verdict == nil {
      if c.take("justified") {
        verdict = .justified
      } else if c.take("unjustified") || c.take("not", "justified") {
        verdict = .unjustified
      }
      while c.isPunctuation() { c.index += 1 }
    }
    let start = c.index
    // ", justified" among what was done is the verdict, not words of it.
    let (clauses, said) = verdictClauses(c, from: start)
    if let found = said {
      if let verdict, verdict != found {
        throw ParseError("\(id) is both \(verdict.rawValue) and \(found.rawValue) in that line.", suggestion: "Give one verdict, e.g. resolve \(id) justified: credit 120.00")
      }
      verdict = found
    }
    // As typed, unless a verdict was taken out of it.
    let text = said == nil ? c.text(from: start, to: c.tokens.count)
      : clauses.map { c.text(from: $0.lowerBound, to: $0.upperBound) }.joined(separator: ", ")
    for clause in clauses { c.markText(from: clause.lowerBound, to: clause.upperBound) }
    let end = c.tokens.count
    var resolution = ComplaintResolution(text: text)
    let credits: Set<String> = ["credit", "credited", "refund", "refunded", "compensation", "compensated"]
    let discounts: Set<String> = ["discount", "rebate"]
    let replacements: Set<String> = ["replace", "replaced", "replacement", "resend", "resent", "reship", "reshipped"]
    // A figure counts for a remedy only right after the word that names it ("credit 120",
    // "replaced 50m", "discount 5%" or "5% off"): other numbers in the text are just words.
    func after(_ words: Set<String>) -> Bool {
      (max(start, c.index - 2)..<c.index).contains { words.contains(c.tokens[$0].folded) }
    }
    var creditAsked = false
    while c.index < end {
      if let token = c.current, credits.contains(token.folded) { creditAsked = true }
      if let (q, n) = QuantityScanner.scan(c.tokens, at: c.index), after(replacements) {
        c.index += n
        guard let meters = LengthUnit(rawValue: q.unit.rawValue)?.meters(q.amount, rollLength: nil) else {
          throw ParseError("Give the replacement in metres.", suggestion: "e.g. resolve \(id): replaced 50m")
        }
        if resolution.replacementMeters == nil { resolution.replacementMeters = meters }
      } else if let (percent, n) = PercentScanner.scan(c.tokens, at: c.index),
        after(discounts) || c.tokens[c.index..<min(c.tokens.count, c.index + n + 1)].contains(where: { $0.folded == "off" || discounts.contains($0.folded) })
      {
        c.index += n
        if resolution.discountPercent == nil { resolution.discountPercent = percent }
      } else if let (money, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false), after(credits) {
        try checkCurrency(money, &c)
        c.index += n
        if resolution.credit == nil { resolution.credit = money.amount }
      } else {
        c.index += 1
      }
    }
    c.index = c.tokens.count
    if creditAsked, resolution.credit == nil {
      throw ParseError("How much is the credit?", suggestion: "e.g. resolve \(id) justified: credit 120.00")
    }
    guard verdict != nil || !text.isEmpty else {
      throw ParseError("How was \(id) resolved?", suggestion: "e.g. resolve \(id) justified: credit 120.00, or \(id) unjustified: within tolerance")
    }
    c.fill("complaint", id)
    if let verdict { c.fill("verdict", verdict.rawValue) }
    if let credit = resolution.credit { c.fill("credit", Money.plain(credit)) }
    if let meters = resolution.replacementMeters { c.fill("replacement", "\(Money.trimmed(meters)) m") }
    if let percent = resolution.discountPercent { c.fill("discount", "\(Money.trimmed(percent))%") }
    if !text.isEmpty { c.fill("text", text) }
    return .command(.resolveComplaint(complaint: id, verdict: verdict, resolution: resolution))
  }

  /// What was done, cut at commas and dashes, without a part that is only a verdict
  /// ("…: replaced 20m, justified", "… - not justified"), and that verdict. Two different
  /// verdicts in one line are for the manager to settle: the first is kept, and `resolve`
  /// refuses the line when it disagrees with one given before the colon.
  private static func verdictClauses(_ c: Cursor, from start: Int) -> (clauses: [Range<Int>], verdict: ComplaintVerdict?) {
    let cuts = (start..<c.tokens.count).filter { i in
      let t = c.tokens[i]
      return (t.kind == .punctuation && [",", ";"].contains(t.text)) || (t.kind == .word && ["-", "—", "–"].contains(t.text))
    }
    var clauses: [Range<Int>] = []
    var verdict: ComplaintVerdict?
    var from = start
    for end in cuts + [c.tokens.count] {
      let words = c.tokens[from..<end].map(\.folded).filter { !["as", "is", "was", "it", "its", "it's", "found", "."].contains($0) }
      let said: ComplaintVerdict? = switch words {
      case ["justified"]: .justified
      case ["unjustified"], ["not", "justified"]: .unjustified
      default: nil
      }
      if let said {
        verdict = verdict ?? said
      } else if from < end {
        clauses.append(from..<end)
      }
      from = end + 1
    }
    return (clauses, verdict)
  }

  /// The open complaints, for a reply that names one that is not on the desk.
  static func openComplaints(_ desk: Desk) -> String {
    let open = desk.complaintsInOrder.filter { $0.status == .open }.map(\.id)
    return open.isEmpty ? "There is no open complaint; `complaints` lists them all." : "Open: \(open.suffix(5).joined(separator: ", ")). `complaints` lists them all."
  }

  /// "unjustified" or "not justified" → unjustified; "justified" → justified.
  private static func verdict(in words: [String]) -> ComplaintVerdict? {
    if words.contains("unjustified") { return .unjustified }
    if let i = words.firstIndex(of: "justified") { return i > 0 && words[i - 1] == "not" ? .unjustified : .justified }
    return nil
  }

  static func list(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    let open = c.tokens.prefix(c.index).contains { $0.folded == "open" } || c.take("open")
    _ = c.takeAny(["from", "by", "about", "against"])  // "any complaints from Acme"
    let client = try c.listedClient()
    return .question(.complaints(client: client, openOnly: open))
  }
}

extension Cursor {
  /// A complaint reference at the cursor: "C-3", "c3".
  mutating func complaintReference() -> String? {
    guard let w = word() else { return nil }
    // "complaint 3", and the bare number after a verb that said it ("resolve complaint 3").
    if w == "complaint", let next = word(1), let n = Int(next), n > 0 {
      index += 2
      return Ids.complaint(n)
    }
    if index > 0, tokens[index - 1].folded == "complaint", let n = Int(w), n > 0 {
      index += 1
      return Ids.complaint(n)
    }
    for prefix in ["c-", "c"] where w.hasPrefix(prefix) {
      if let n = Int(w.dropFirst(prefix.count)), n > 0 {
        index += 1
        return Ids.complaint(n)
      }
    }
    return nil
  }
}
