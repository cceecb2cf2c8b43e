import Foundation

/// Who is acting on the desk, as far as authority goes. On a one-person desk the manager is
/// both manager and director (`deskOwner`); a team desk passes the login and its role, so the
/// same rules say who may approve, reject or change a limit.
public struct Acting: Sendable, Equatable {
  public enum Role: String, Sendable { case manager, director }

  /// How the desk records them: "you" on a one-person desk, the login on a team desk.
  public var name: String
  public var roles: Set<Role>
  /// On a one-person desk an approval names the person who gave it; on a team desk the
  /// director's login is the approver and no free text is taken.
  public let namesApprover: Bool

  /// Someone signed in on a team desk, by login.
  public init(name: String, roles: Set<Role>) {
    self.init(name: name, roles: roles, namesApprover: false)
  }

  private init(name: String, roles: Set<Role>, namesApprover: Bool) {
    self.name = name
    self.roles = roles
    self.namesApprover = namesApprover
  }

  /// The manager of a one-person desk, who is also their own director and says so.
  public static let deskOwner = Acting(name: "you", roles: [.manager, .director], namesApprover: true)

  public var isDirector: Bool { roles.contains(.director) }
}

/// One step of an offer's approval, about the exact terms on the table when it was taken:
/// asked for (with the manager's reason), approved, or rejected (with the director's reason).
public struct ApprovalStep: Codable, Sendable, Equatable {
  public enum Kind: String, Codable, Sendable { case asked, approved, rejected }

  public var kind: Kind
  public var terms: Terms
  /// Who asked, approved or rejected: "you", a named approver, or a login.
  public var by: String
  public var reason: String?
  public var at: Date

  public init(kind: Kind, terms: Terms, by: String, reason: String? = nil, at: Date) {
    self.kind = kind
    self.terms = terms
    self.by = by
    self.reason = reason
    self.at = at
  }
}

/// Which limit of one's own authority changed.
public enum LimitKind: String, Codable, Sendable {
  case discount, paymentTerms, floorMargin
}

/// A change to a limit of the manager's authority: who made it, when, from what to what.
/// Kept so that a limit the manager raised for themselves is never silent.
public struct LimitChange: Codable, Sendable, Equatable {
  public var kind: LimitKind
  /// Percent for a discount or a floor (nil: no floor), days for payment terms.
  public var from: Decimal?
  public var to: Decimal?
  public var by: String
  public var at: Date
  /// Whose limit: a person's login on a team desk; nil for the branch's (or one's own on a
  /// one-person desk).
  public var of: String?

  public init(kind: LimitKind, from: Decimal?, to: Decimal?, by: String, at: Date, of: String? = nil) {
    self.kind = kind
    self.from = from
    self.to = to
    self.by = by
    self.at = at
    self.of = of
  }

  /// A floor going up narrows authority; a discount or payment limit going up widens it.
  public var widens: Bool {
    switch kind {
    case .discount, .paymentTerms: return (from ?? 0) < (to ?? 0)
    case .floorMargin: return (to ?? 0) < (from ?? 0)
    }
  }
}

/// The desk's record of authority: every offer's approval steps and every change to one's
/// own limits. Kept apart from the offers, so a desk without any saves as it always did.
public struct AuthorityLog: Codable, Sendable, Equatable {
  /// Each offer's steps in the order they were taken.
  public var steps: [String: [ApprovalStep]] = [:]
  public var limitChanges: [LimitChange] = []
  /// Everyone on a team desk, by login, with their own limits and quota (Person.swift).
  public var people: [String: Person] = [:]
  /// Each client's account manager on a team desk: client id → login.
  public var accounts: [String: String] = [:]
  /// Who is away on which days and who covers them (Absence.swift), in the order set.
  public var absences: [Absence] = []
  /// What was done in cover for an absent account manager, oldest first.
  public var coverMarks: [CoverMark] = []

  public init() {}

  private enum CodingKeys: String, CodingKey { case steps, limitChanges, people, accounts, absences, coverMarks }

  // A desk saved before people were kept has no "people".
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    steps = try c.decodeIfPresent([String: [ApprovalStep]].self, forKey: .steps) ?? [:]
    limitChanges = try c.decodeIfPresent([LimitChange].self, forKey: .limitChanges) ?? []
    people = try c.decodeIfPresent([String: Person].self, forKey: .people) ?? [:]
    accounts = try c.decodeIfPresent([String: String].self, forKey: .accounts) ?? [:]
    absences = try c.decodeIfPresent([Absence].self, forKey: .absences) ?? []
    coverMarks = try c.decodeIfPresent([CoverMark].self, forKey: .coverMarks) ?? []
  }

  // A desk without people is saved as it was before they were kept.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(steps, forKey: .steps)
    try c.encode(limitChanges, forKey: .limitChanges)
    if !people.isEmpty { try c.encode(people, forKey: .people) }
    if !accounts.isEmpty { try c.encode(accounts, forKey: .accounts) }
    if !absences.isEmpty { try c.encode(absences, forKey: .absences) }
    if !coverMarks.isEmpty { try c.encode(coverMarks, forKey: .coverMarks) }
  }

  /// The latest change of one limit of `person`'s (nil: the branch's own), if ever changed.
  public func latestChange(of kind: LimitKind, for person: String? = nil) -> LimitChange? {
    limitChanges.last { $0.kind == kind && $0.of == person }
  }
}

extension Desk {
  /// The record of authority (empty on a desk that has none yet).
  public var authority: AuthorityLog { authorityLog ?? AuthorityLog() }

  /// One offer's approval steps, oldest first.
  public func approvalSteps(of offer: String) -> [ApprovalStep] { authorityLog?.steps[offer] ?? [] }

  /// The latest step about exactly these terms: what was last said of the package on the table.
  public func latestStep(of offer: String, about terms: Terms) -> ApprovalStep? {
    approvalSteps(of: offer).last { $0.terms == terms }
  }

  /// A rejection of exactly these terms not since approved: they cannot be approved as they stand.
  public func rejection(of offer: String, terms: Terms) -> ApprovalStep? {
    latestStep(of: offer, about: terms).flatMap { $0.kind == .rejected ? $0 : nil }
  }

  /// The request still waiting on this offer: the latest step is an ask, with no decision after it.
  public func openRequest(of offer: String) -> ApprovalStep? {
    approvalSteps(of: offer).last.flatMap { $0.kind == .asked ? $0 : nil }
  }

  mutating func record(_ step: ApprovalStep, offer: String) {
    var log = authority
    log.steps[offer, default: []].append(step)
    authorityLog = log
  }

  mutating func record(_ change: LimitChange) {
    var log = authority
    log.limitChanges.append(change)
    authorityLog = log
  }

  /// Why a name cannot be an approver's: a client's or a competitor's on this desk, empty, or
  /// the manager's own. nil when it may approve. Matched as the language names clients: the
  /// whole name, an alias, or its first words ("Bora" for Bora Fabrics).
  public func approverRefusal(_ name: String) -> String? {
    let name = normalisedName(name)
    guard !name.isEmpty else { return "An approval names who gave it." }
    if ["me", "myself", "i", "you", "self", "yourself"].contains(name.lowercased()) {
      return "You cannot approve your own request: name the director who approves it."
    }
    for client in clientsInOrder where Self.names(client.name, name) || client.aliases.contains(where: { sameName($0, name) }) {
      return "\(name) is a client on this desk (\(client.name)), not someone who can approve for the company."
    }
    for client in clientsInOrder {
      if let contact = client.contacts.compactMap(\.name).first(where: { Self.names($0, name) }) {
        return "\(name) is a contact at \(client.name) (\(contact)), a client on this desk, not someone who can approve for the company."
      }
    }
    let competitors = competitorPrices.map(\.competitor) + offers.values.compactMap(\.lostTo)
    if let competitor = competitors.first(where: { Self.names($0, name) }) {
      return "\(name) is a competitor on this desk (\(competitor)), not someone who can approve for the company."
    }
    return nil
  }

  /// Whether `typed` names `full`: the whole name, or its first whole words.
  private static func names(_ full: String, _ typed: String) -> Bool {
    let fullWords = full.split(whereSeparator: \.isWhitespace)
    let typedWords = typed.split(whereSeparator: \.isWhitespace)
    guard !typedWords.isEmpty, typedWords.count <= fullWords.count else { return false }
    return zip(fullWords, typedWords).allSatisfy { sameName(String($0), String($1)) }
  }
}
