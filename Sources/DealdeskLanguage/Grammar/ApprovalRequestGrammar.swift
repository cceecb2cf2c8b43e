import DealdeskCore
import Foundation

/// Asking for an approval, rejecting one, and the list of what waits: the approval inbox.
/// A reason is free text, read only after a colon, a comma, a dash or "because".
enum ApprovalRequestGrammar {
  static let family = ApprovalGrammar.family

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "ask approval", family: family,
      // "… for" as part of the verb, so Tab offers the open offers right after it.
      verbs: ["ask approval", "ask approval for", "ask for approval", "ask for approval for", "request approval",
              "request approval for", "seek approval", "seek approval for", "ask the director"],
      summary: "Ask for an offer's terms beyond your authority to be approved, saying why; `approvals` lists what waits.",
      usage: "ask approval for [O-12]: REASON",
      examples: ["ask approval for O-1: they buy every month", "request approval for O-1: first order of the season"],
      parse: ask),
    CommandSpec(
      name: "reject", family: family,
      verbs: ["reject", "reject approval", "refuse approval", "deny approval", "turn down approval"],
      summary: "Turn down an offer's terms that wait for approval, saying why: the offer stays open, but those terms cannot be approved. (A client saying no is `decline`.)",
      usage: "reject [O-12] [by NAME]: REASON",
      examples: ["reject O-1: hold at 12%", "reject O-1 by Sofia Marku: hold at 12%"],
      parse: reject),
    CommandSpec(
      name: "approvals", family: family,
      verbs: ["approvals", "approval inbox", "pending approvals", "waiting for approval", "what waits for approval",
              "awaiting approval", "what needs approval", "needs approval"],
      summary: "What waits for approval: who asks, which client, the terms, the meter and the reason.",
      usage: "approvals", examples: ["approvals", "pending approvals"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        guard c.isAtEnd else { throw c.unexpected() }
        return .question(.approvals)
      }),
    CommandSpec(
      name: "limits", family: family,
      verbs: ["limits", "my limits", "my authority", "show my limits", "show limits", "what may i grant", "authority"],
      summary: "Your authority: discount limit, margin floor, payment terms limit, what policy adds, and every change made to your limits.",
      usage: "limits", examples: ["limits", "my authority"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        guard c.isAtEnd else { throw c.unexpected() }
        return .question(.limits)
      }),
  ]

  static func ask(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    let id = try target(&c, verb: "ask approval for")
    let reason = try Self.reason(&c)
    return .command(.askApproval(offer: id, reason: reason))
  }

  static func reject(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    let id = try target(&c, verb: "reject")
    var by: String?
    if c.takeAny(["by", "from"]) != nil {
      // The name runs to the reason's colon, comma or dash.
      let start = c.index
      while let token = c.current, !opensReason(token) { c.index += 1 }
      let name = c.text(from: start, to: c.index)
      guard !name.isEmpty else { throw ParseError("Rejected by whom?", suggestion: "e.g. reject O-12 by Sofia Marku: hold at 12%") }
      c.mark(from: start, to: c.index, as: "approver")
      c.fill("rejected by", name)
      by = name
    }
    let reason = try Self.reason(&c)
    return .command(.rejectApproval(offer: id, by: by, reason: reason))
  }

  /// The offer named, else the client's latest open one, else the one in context.
  private static func target(_ c: inout Cursor, verb: String) throws(ParseError) -> String {
    skipFiller(&c)
    let reference = c.offerReference()
    skipFiller(&c)
    if reference == nil, c.takeAny(["offer", "quote", "deal", "it"]) != nil { skipFiller(&c) }
    var client: String?
    if reference == nil, let token = c.current, !opensReason(token) {
      client = try c.client()
      if client != nil { _ = c.takeAny(["offer", "quote", "deal"]) }
    }
    skipFiller(&c)
    let id = try c.offerOrLatest(reference, client: client, verb: verb)
    c.fill("offer", id)
    return id
  }

  /// Filler words and punctuation, but not the colon, comma or dash that opens the reason.
  private static func skipFiller(_ c: inout Cursor) {
    while let token = c.current, c.isFiller(token), !opensReason(token) {
      if token.kind != .punctuation { c.roles[c.index] = "filler" }
      c.index += 1
    }
  }

  /// The reason after a colon, comma, dash or "because": nil when the line ends; other words
  /// are refused, never taken as the reason.
  private static func reason(_ c: inout Cursor) throws(ParseError) -> String? {
    skipFiller(&c)
    if c.isAtEnd { return nil }
    guard let token = c.current, opensReason(token) else { throw c.unexpected() }
    c.index += 1
    _ = c.takeAny(["because", "as", "since"])
    c.skipPunctuation()
    let reason = c.takeRest()
    if !reason.isEmpty { c.fill("reason", reason) }
    return reason.isEmpty ? nil : reason
  }

  private static func opensReason(_ token: Token) -> Bool {
    if token.kind == .punctuation { return [":", ",", ";"].contains(token.text) }
    return ["-", "–", "—", "because"].contains(token.folded)
  }
}
