import Foundation

/// Someone who works the branch's desk: a manager or a director, known by their login.
/// Their own limits, where a director set them, replace the branch's; their quota is the
/// sales they are asked for each month, quarter or year.
public struct Person: Codable, Sendable, Equatable {
  /// The login the database knows them by (lower case, as PostgreSQL keeps a role).
  public var login: String
  public var name: String
  public var role: Acting.Role
  /// Their discount authority in percent, on top of what policy grants; nil: the branch's.
  public var discountLimit: Decimal?
  /// The longest payment terms, in days, they may grant; nil: the branch's.
  public var paymentTermsLimitDays: Int?
  public var quota: PersonQuota?

  public init(
    login: String, name: String, role: Acting.Role, discountLimit: Decimal? = nil,
    paymentTermsLimitDays: Int? = nil, quota: PersonQuota? = nil
  ) {
    self.login = login
    self.name = name
    self.role = role
    self.discountLimit = discountLimit
    self.paymentTermsLimitDays = paymentTermsLimitDays
    self.quota = quota
  }

  /// Whether a director set this person's own value of a limit (else the branch's binds them).
  public func ownsLimit(_ kind: LimitKind) -> Bool {
    switch kind {
    case .discount: return discountLimit != nil
    case .paymentTerms: return paymentTermsLimitDays != nil
    case .floorMargin: return false
    }
  }

  /// "Arben" for Arben Hoxha: how a reply names them in passing.
  public var firstName: String { name.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? login }
}

/// Sales a person is asked for, every month, quarter or year.
public struct PersonQuota: Codable, Sendable, Equatable {
  public enum Per: String, Codable, Sendable, CaseIterable { case month, quarter, year }
  public var amount: Decimal
  public var per: Per

  public init(amount: Decimal, per: Per) {
    self.amount = amount
    self.per = per
  }
}

extension Acting.Role: Codable {}

/// The limits of authority that bind one person: their own where a director set one, else
/// the branch's.
public struct PersonalLimits: Sendable, Equatable {
  public var discount: Decimal
  public var paymentTermsDays: Int

  public init(discount: Decimal, paymentTermsDays: Int) {
    self.discount = discount
    self.paymentTermsDays = paymentTermsDays
  }
}

extension Desk {
  /// Everyone on the branch's desk, by login (empty on a one-person desk).
  public var people: [String: Person] { authorityLog?.people ?? [:] }

  public var peopleInOrder: [Person] { people.values.sorted { ($0.role == .director ? 0 : 1, $0.name) < ($1.role == .director ? 0 : 1, $1.name) } }

  /// The limits that bind `login` (nil or unknown: the branch's, as on a one-person desk).
  public func limits(of login: String?) -> PersonalLimits {
    let person = login.flatMap { people[$0] }
    return PersonalLimits(
      discount: person?.discountLimit ?? settings.discountLimit,
      paymentTermsDays: person?.paymentTermsLimitDays ?? settings.paymentTermsLimitDays)
  }

  /// The person a line names: their login, whole name or first name, any case or accent.
  /// nil when nobody or more than one person answers to it.
  public func person(named typed: String) -> Person? {
    let typed = normalisedName(typed)
    if let exact = people[typed.lowercased()] { return exact }
    let byName = people.values.filter { sameName($0.name, typed) }
    if byName.count == 1 { return byName[0] }
    let byFirst = people.values.filter { sameName($0.firstName, typed) }
    return byFirst.count == 1 ? byFirst[0] : nil
  }

  /// The latest change of one of `login`'s limits: their own where a director set one, else
  /// the branch's (nil: the branch's, or one's own on a one-person desk).
  public func latestLimitChange(of kind: LimitKind, for login: String?) -> LimitChange? {
    if let login, let person = people[login], person.ownsLimit(kind) { return authority.latestChange(of: kind, for: login) }
    return authority.latestChange(of: kind)
  }

  /// The manager whose account a client is, on a team desk; nil when nobody's.
  public func accountManager(of client: String) -> Person? {
    authorityLog?.accounts[client].flatMap { people[$0] }
  }

  /// The clients of one person's accounts, in the desk's order.
  public func accounts(of login: String) -> [Client] {
    let accounts = authority.accounts
    return clientsInOrder.filter { accounts[$0.id] == login }
  }

  mutating func assign(_ client: String, to login: String?) {
    var log = authority
    log.accounts[client] = login
    authorityLog = log
  }

  mutating func record(_ person: Person) {
    var log = authority
    log.people[person.login] = person
    authorityLog = log
  }
}
