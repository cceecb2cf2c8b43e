import Foundation

/// One price of a supply contract: a fabric at a fixed net price per metre, or a fabric or a
/// category at a percent off its list price. Exactly one of `unitPrice` and
/// `discountPercent` is set, as on an offer line, so the one pricing rule (LinePricer)
/// prices both.
public struct ContractLine: Codable, Sendable, Equatable {
  public var scope: OfferScope
  public var unitPrice: Decimal?
  public var discountPercent: Decimal?

  public init(scope: OfferScope, unitPrice: Decimal? = nil, discountPercent: Decimal? = nil) {
    self.scope = scope
    self.unitPrice = unitPrice
    self.discountPercent = discountPercent
  }

  /// The line as an offer line without a quantity: what `Desk.price` prices.
  public var asOfferLine: OfferLine { OfferLine(scope: scope, discountPercent: discountPercent, unitPrice: unitPrice) }
}

/// What the client commits to buy in a year of the contract: metres, value (net of VAT), or both.
public struct Commitment: Codable, Sendable, Equatable {
  public var meters: Decimal?
  public var value: Decimal?

  public init(meters: Decimal? = nil, value: Decimal? = nil) {
    self.meters = meters
    self.value = value
  }
}

/// Who signed, for whom, and when: our signatory first, then the client's.
public struct ContractSigning: Codable, Sendable, Equatable {
  public var ours: String
  public var theirs: String
  public var at: Date

  public init(ours: String, theirs: String, at: Date) {
    self.ours = ours
    self.theirs = theirs
    self.at = at
  }
}

/// Who cleared a contract's terms beyond the drafter's authority, and when.
public struct ContractApproval: Codable, Sendable, Equatable {
  public var by: String
  public var at: Date

  public init(by: String, at: Date) {
    self.by = by
    self.at = at
  }
}

/// The stored step of a contract's life. Expiry is not stored: a signed contract is
/// expired once its last day has passed (`Contract.state(at:)`).
public enum ContractStatus: String, Codable, Sendable, Equatable {
  case draft, sent, signed, terminated
}

/// What a contract is on a given day, as the manager reads it.
public enum ContractState: String, Sendable, Equatable {
  case draft, sent
  /// Signed, and its first day not yet come.
  case signedNotYetInForce = "signed, not yet in force"
  case inForce = "in force"
  case expired, terminated
}

/// A supply contract (framework agreement): a client's own prices and payment terms for a
/// period, with what they commit to buy a year. Drafted, sent, signed; then in force until
/// its last day, or terminated.
public struct Contract: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var number: Int
  public var clientId: String
  /// The first and last day it runs (each the start of its day; in force through the end of `end`).
  public var start: Date
  public var end: Date
  public var lines: [ContractLine]
  public var commitment: Commitment?
  public var paymentTerms: PaymentTerms?
  public var status: ContractStatus
  public var draftedAt: Date
  /// Who drafted it: "you", or a login on a team desk; its authority is judged against theirs.
  public var draftedBy: String
  /// Why it needed approval when drafted (beyond the drafter's discount or payment terms);
  /// empty when within authority. Fixed when drafted, so replay never re-judges it.
  public var approvalReasons: [String]
  public var approval: ContractApproval?
  public var sentAt: Date?
  public var signing: ContractSigning?
  public var terminatedAt: Date?
  public var terminationReason: String?

  public init(
    id: String, number: Int, clientId: String, start: Date, end: Date, lines: [ContractLine],
    commitment: Commitment? = nil, paymentTerms: PaymentTerms? = nil, draftedAt: Date, draftedBy: String,
    approvalReasons: [String] = []
  ) {
    self.id = id
    self.number = number
    self.clientId = clientId
    self.start = start
    self.end = end
    self.lines = lines
    self.commitment = commitment
    self.paymentTerms = paymentTerms
    self.status = .draft
    self.draftedAt = draftedAt
    self.draftedBy = draftedBy
    self.approvalReasons = approvalReasons
  }

  /// Beyond the drafter's authority and not yet approved: it cannot be sent or signed.
  public var awaitsApproval: Bool { !approvalReasons.isEmpty && approval == nil }

  /// What the contract is on `now`'s day.
  public func state(at now: Date) -> ContractState {
    switch status {
    case .draft: return .draft
    case .sent: return .sent
    case .terminated: return .terminated
    case .signed:
      let today = DeskDate.dayNumber(now)
      if today < DeskDate.dayNumber(start) { return .signedNotYetInForce }
      return today > DeskDate.dayNumber(end) ? .expired : .inForce
    }
  }

  public func isInForce(at now: Date) -> Bool { state(at: now) == .inForce }

  /// Signed and not terminated: the client's prices over its whole period, past or future.
  public var binds: Bool { status == .signed }

  /// Days the contract runs, its first and last included.
  public var days: Int { DeskDate.dayNumber(end) - DeskDate.dayNumber(start) + 1 }

  /// Whether `date`'s day falls within the contract's period.
  public func covers(day date: Date) -> Bool {
    let day = DeskDate.dayNumber(date)
    return day >= DeskDate.dayNumber(start) && day <= DeskDate.dayNumber(end)
  }

  /// The most specific line covering the product: the fabric's own, then its category's, then everything.
  public func line(covering product: Product) -> ContractLine? {
    lines.first { $0.scope == .product(sku: product.sku) }
      ?? lines.first { if case .category(let name) = $0.scope { return name.caseInsensitiveCompare(product.category) == .orderedSame } else { return false } }
      ?? lines.first { $0.scope == .all }
  }
}

/// The desk's contracts and the counter that numbers them. Kept apart from the other
/// records, so a desk without any saves as it did before contracts existed.
public struct ContractBook: Codable, Sendable, Equatable {
  public var contracts: [String: Contract] = [:]
  public var nextNumber = 1

  public init() {}
}

extension Ids {
  public static func contract(_ n: Int) -> String { "CT-\(n)" }
}

extension Desk {
  /// Every contract by id (none on a desk that has none yet).
  public var contracts: [String: Contract] { contractBook?.contracts ?? [:] }

  public var nextContractNumber: Int { contractBook?.nextNumber ?? 1 }

  /// All contracts by number, or one client's.
  public func contractsInOrder(client: String? = nil) -> [Contract] {
    contracts.values.filter { client == nil || $0.clientId == client }.sorted { $0.number < $1.number }
  }

  /// The signed contract in force today for the client whose lines price this product, and that line.
  public func contractPrice(client: String, product: Product, at now: Date) -> (contract: Contract, line: ContractLine)? {
    guard contractBook != nil else { return nil }
    for contract in contractsInOrder(client: client).reversed() where contract.isInForce(at: now) {
      if let line = contract.line(covering: product) { return (contract, line) }
    }
    return nil
  }

  /// The signed contract in force today for the client, if any (the latest signed when two are).
  public func contractInForce(client: String, at now: Date) -> Contract? {
    guard contractBook != nil else { return nil }
    return contractsInOrder(client: client).last { $0.isInForce(at: now) }
  }

  /// The products a contract's lines cover.
  public func products(of contract: Contract) -> [Product] {
    var seen: Set<String> = []
    var out: [Product] = []
    for line in contract.lines {
      for product in covered(by: line.scope) where seen.insert(product.sku).inserted { out.append(product) }
    }
    return out
  }

  mutating func applyContract(_ event: Event) {
    var book = contractBook ?? ContractBook()
    switch event {
    case .contractDrafted(let contract):
      book.contracts[contract.id] = contract
      book.nextNumber = Ids.next(book.nextNumber, after: contract.number)
    case .contractApproved(let id, let approval):
      book.contracts[id]?.approval = approval
    case .contractSent(let id, let at):
      book.contracts[id]?.status = .sent
      book.contracts[id]?.sentAt = at
    case .contractSigned(let id, let signing):
      book.contracts[id]?.status = .signed
      book.contracts[id]?.signing = signing
    case .contractTerminated(let id, let reason, let at):
      book.contracts[id]?.status = .terminated
      book.contracts[id]?.terminatedAt = at
      book.contracts[id]?.terminationReason = reason
    default:
      return
    }
    contractBook = book
  }
}
