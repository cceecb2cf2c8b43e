import DealdeskCore
import DealdeskLanguage
import Foundation

/// The clients and fabrics a change touched: how a team desk tells which of another
/// manager's changes concern this one (their clients, the fabrics they hold or ship).
struct Touches {
  var clients: Set<String> = []
  var skus: Set<String> = []

  /// What `events` touched, read on `desk` with them applied (so every id they name is there).
  init(_ events: [Event], on desk: Desk) {
    for event in events { add(event, desk) }
  }

  init() {}

  func meets(_ other: Touches) -> Bool {
    !clients.isDisjoint(with: other.clients) || !skus.isDisjoint(with: other.skus)
  }

  mutating func formUnion(_ other: Touches) {
    clients.formUnion(other.clients)
    skus.formUnion(other.skus)
  }

  /// The fabrics an offer's terms name: its products, and every product of its categories.
  private static func skus(of offer: Offer, on desk: Desk) -> [String] {
    (offer.rounds.last?.terms.lines ?? []).flatMap { line -> [String] in
      switch line.scope {
      case .product(let sku): [sku]
      case .category(let category): desk.products.values.filter { $0.category == category }.map(\.sku)
      case .all: []
      }
    }
  }

  private mutating func add(_ event: Event, _ desk: Desk) {
    if let id = event.offer, let offer = desk.offers[id] {
      clients.insert(offer.clientId)
      if case .offerMade = event { skus.formUnion(Self.skus(of: offer, on: desk)) }
    }
    switch event {
    case .clientAdded(let client): clients.insert(client.id)
    case .creditLimitSet(let id, _), .reliabilityRated(let id, _), .clientTermsSet(let id, _), .clientTaxSet(let id, _),
      .clientAliasAdded(let id, _), .clientAliasRemoved(let id, _):
      clients.insert(id)
    case .orderPlaced(let order):
      clients.insert(order.clientId)
      skus.formUnion(order.lines.map(\.sku))
    case .orderApproved(let id, _), .orderShipped(let id, _, _), .orderDelivered(let id, _), .orderCancelled(let id, _):
      if let order = desk.orders[id] {
        clients.insert(order.clientId)
        skus.formUnion(order.lines.map(\.sku))
      }
    case .paymentReceived(let payment): clients.insert(payment.clientId)
    case .reservationMade(let reservation):
      clients.insert(reservation.client)
      skus.insert(reservation.sku)
    case .reservationReleased(let id, _), .holdExtended(let id, _), .reservationFilled(let id, _, _, _),
      .reservationClaimed(let id, _):
      if let reservation = desk.reservations[id] {
        clients.insert(reservation.client)
        skus.insert(reservation.sku)
      }
    case .stockReceived(let sku, _, _, _), .warehouseStockSet(let sku, _, _): skus.insert(sku)
    case .noteAdded(let note): clients.insert(note.client)
    case .followUpAdded(let followUp), .taskAssigned(let followUp): clients.insert(followUp.client)
    case .followUpDone(let id, _), .followUpSnoozed(let id, _, _), .followUpMissed(let id, _):
      if let followUp = desk.followUps[id] { clients.insert(followUp.client) }
    case .complaintFiled(let complaint): clients.insert(complaint.clientId)
    case .complaintResolved(let id, _, _, _):
      if let complaint = desk.complaints[id] { clients.insert(complaint.clientId) }
    case .creditNoteIssued(let note): clients.insert(note.clientId)
    case .bonusAgreed(let bonus): clients.insert(bonus.clientId)
    case .bonusApproved(let id, _, _), .bonusEnded(let id, _):
      if let bonus = desk.bonusBook?.bonuses[id] { clients.insert(bonus.clientId) }
    default: break
    }
  }
}

/// What this manager has worked on lately, on a team desk: the clients and fabrics of
/// their own changes still in the desk's recent history, and of those made this session.
struct OwnWork {
  private(set) var touches = Touches()

  mutating func note(_ events: [Event], on desk: Desk) {
    touches.formUnion(Touches(events, on: desk))
  }
}

extension Session {
  /// The PostgreSQL login this desk's changes are made as, on a team desk; nil on one's own.
  public var author: String? { journal.author }

  /// Who acts, for the rules of authority: on a one-person desk its manager, who is their own
  /// director; on a team desk the login, a director only if the server counts it one.
  /// Whether this session's login is one of the branch's directors (always, on one's own desk).
  public var isDirector: Bool { acting.isDirector }

  var acting: Acting {
    guard let author else { return .deskOwner }
    return Acting(name: author, roles: journal.authorIsDirector ? [.manager, .director] : [.manager])
  }

  /// Takes in what other managers committed since this desk last looked, and returns a
  /// one-line notice for each change that concerns this manager: one by someone else to a
  /// client or fabric of theirs, or to the client of the call or in context. Nothing while a
  /// script runs (it reads the desk it started on). A server that cannot be reached is
  /// said once, as an error line, and the desk goes on with what it has.
  public func catchUp() -> (notices: [String], problem: String?) {
    catchUp(holdingTurn: false)
  }

  /// `catchUp`, keeping the desk's turn when `holdingTurn` (DeskCommitter.takeTurn).
  func catchUp(holdingTurn: Bool) -> (notices: [String], problem: String?) {
    let theirs: [JournalRecord]
    do {
      theirs = try holdingTurn ? committer.takeTurn() : committer.catchUp()
    } catch {
      return ([], error.message)
    }
    guard !theirs.isEmpty else { return ([], nil) }
    var notices: [String] = []
    var focus = ownWork.touches
    if let client = contextClient { focus.clients.insert(client) }
    if let client = call?.client { focus.clients.insert(client) }
    for record in theirs {
      if record.author == author {
        // Saved although the connection broke before the server could say so.
        notices.append("Saved after all (the server's answer was lost): \(record.line)")
        ownWork.note(record.events, on: desk)
        continue
      }
      let touched = Touches(record.events, on: desk)
      guard record.kind != .command || touched.meets(focus) else { continue }
      let who = record.author ?? "someone"
      let what: String
      switch record.kind {
      case .command: what = record.line
      case .undo: what = "undid their last change"
      case .redo: what = "redid their last change"
      case .start: what = "moved their own desk into the team desk (\(record.desk?.clients.count ?? 0) clients)"
      }
      notices.append("\(who) · \(DeskDate.time(record.at)): \(what)")
    }
    follow(others: theirs)
    return (notices, nil)
  }

}

extension Session {
  /// Notices gathered since last asked, oldest first (others' changes taken in before a line).
  public func takeNotices() -> [String] {
    defer { notices.removeAll() }
    return notices
  }

  /// Catches up (before a line is read, or before a refusal is given); a server that
  /// cannot be reached leaves the desk as it is (a change then says so itself). True when
  /// others had changed something.
  @discardableResult
  func takeInOthersChanges(holdingTurn: Bool = false) -> Bool {
    let before = position
    notices += catchUp(holdingTurn: holdingTurn).notices
    return position != before
  }

  /// The position in the desk's history this desk has reached.
  public var position: Int { seq }

  /// Lines in a row, this one included, since another writer's change was last taken in.
  static let quietLinesBeforeSkipping = 8

  /// Whether this session has been alone on the desk lately: no one else's change seen for
  /// the last few lines. A change typed then skips the look before it (a round trip to the
  /// server): it is decided on the desk as this session has it, and its commit is made at
  /// that position, so should someone have come first after all, the commit is refused,
  /// their changes are taken in, and the line is decided again on the desk as it stands.
  /// A question, an undo or redo, a directive or a line that does not read still looks
  /// first, and the first change seen ends the quiet, so managers at work side by side
  /// look before every line as before. Called once a line.
  func aloneLately() -> Bool {
    sinceOthersSeen.line(count: committer.othersSeen) >= Self.quietLinesBeforeSkipping
  }
}

extension Session {
  /// Lines after a clash during which changes are made in the desk's turn.
  static let contendedLines = 8

  /// Whether others have lately got in the way of this session's changes (a commit
  /// overtaken, or a turn that found their changes): then a change takes the desk's turn
  /// before it is decided, and waits for the others once. Otherwise a change looks and
  /// commits at the position it saw, which costs fewer round trips while no one else is
  /// saving at the same moment. Called once a line.
  func contendedLately() -> Bool {
    let lines = sinceClash.line(count: committer.clashes)
    return committer.clashes > 0 && lines < Self.contendedLines
  }
}

/// Lines in a row since a count last moved (others' changes seen, clashes with them).
struct LinesSince {
  private var lines = 0
  private var countAtLastLine = 0

  /// Called once a line with the count as it stands: how many lines, this one excluded,
  /// since it last moved.
  mutating func line(count: Int) -> Int {
    if count != countAtLastLine {
      countAtLastLine = count
      lines = 0
    } else {
      lines += 1
    }
    return lines
  }
}

extension Understood {
  /// A change to the desk (not a question, an undo, or a desk action).
  var isCommand: Bool {
    if case .command = intent { return true }
    return false
  }
}
