import Foundation

/// Which records belong to which client, which products to which category, and which
/// clients have which name, so a command reads one client's ledger, follow-ups and notes
/// (or one category's products, or the clients of one name) without a pass over a
/// branch's 20,000 orders and 50,000 notes. That pass, copying each record to test it,
/// was most of a command's time on a large desk.
///
/// Kept by `Desk.apply` and rebuilt when a desk is decoded. It holds only what the records
/// say, so it takes no part in equality or in the saved file. Records are never removed
/// and never change client or category except by re-adding, which `apply` handles.
struct DeskIndex: Sendable {
  struct ClientRecords: Sendable {
    var offers: [String] = []
    var orders: [String] = []
    var payments: [String] = []
    var complaints: [String] = []
    var notes: [String] = []
    var followUps: [String] = []
    var reservations: [String] = []
    var invoices: [String] = []
    var creditNotes: [String] = []
    var returns: [String] = []
  }

  /// How many records of each kind the index has seen. A desk whose collection holds more
  /// (a record written in directly rather than through `apply`, as a test may) is read by
  /// a full pass instead, so the index can make a read slower but never wrong.
  struct Counts: Sendable, Equatable {
    var offers = 0, orders = 0, payments = 0, complaints = 0, notes = 0, followUps = 0, reservations = 0
    var invoices = 0, creditNotes = 0, returns = 0
    var products = 0, clients = 0
  }

  private(set) var byClient: [String: ClientRecords] = [:]
  /// Category (its `key`) → SKUs, by lower-cased name then SKU: the catalog's order, so a
  /// category's products need no sorting.
  private(set) var byCategory: [String: [String]] = [:]
  /// Client name (its `key`) → ids: adding a client checks the name is new, and a branch
  /// adds thousands.
  private(set) var byName: [String: [String]] = [:]
  private(set) var counts = Counts()

  /// Where a category or name is filed: plain ASCII lower-cased; anything else in one
  /// shared bucket (`other`), as case- and accent-insensitive equality is subtler there. A
  /// name lookup reads that bucket too; a category lookup takes a full pass while it holds any.
  static func key(_ text: String) -> String {
    text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased() : other
  }
  static let other = "\u{0}"

  init() {}

  /// The index of a desk read whole, from a file.
  init(of desk: Desk) {
    for client in desk.clients.values { add(client: client) }
    for offer in desk.offers.values { add(\.offers, offer.id, client: offer.clientId, counted: \.offers) }
    for order in desk.orders.values { add(\.orders, order.id, client: order.clientId, counted: \.orders) }
    for payment in desk.payments.values { add(\.payments, payment.id, client: payment.clientId, counted: \.payments) }
    for complaint in desk.complaints.values {
      add(\.complaints, complaint.id, client: complaint.clientId, counted: \.complaints)
    }
    for note in desk.notes.values { add(\.notes, note.id, client: note.client, counted: \.notes) }
    for followUp in desk.followUps.values { add(\.followUps, followUp.id, client: followUp.client, counted: \.followUps) }
    for reservation in desk.reservations.values {
      add(\.reservations, reservation.id, client: reservation.client, counted: \.reservations)
    }
    for invoice in desk.invoices.values { add(\.invoices, invoice.id, client: invoice.clientId, counted: \.invoices) }
    for note in desk.creditNotes.values { add(\.creditNotes, note.id, client: note.clientId, counted: \.creditNotes) }
    for goods in desk.returns.values { add(\.returns, goods.id, client: goods.clientId, counted: \.returns) }
    var buckets: [String: [Product]] = [:]
    for product in desk.products.values { buckets[Self.key(product.category), default: []].append(product) }
    for (key, products) in buckets {
      byCategory[key] = products.map { (order: Self.catalogOrder($0), sku: $0.sku) }.sorted { $0.order < $1.order }.map(\.sku)
    }
    counts.products = desk.products.count
  }

  /// Where a product sorts within its category.
  static func catalogOrder(_ product: Product) -> (String, String) { (product.name.lowercased(), product.sku) }

  /// Called by `apply` before the event is folded in, with the desk as it was.
  mutating func record(_ event: Event, on desk: Desk) {
    switch event {
    case .offerMade(let o) where desk.offers[o.id] == nil:
      add(\.offers, o.id, client: o.clientId, counted: \.offers)
    case .orderPlaced(let o) where desk.orders[o.id] == nil:
      add(\.orders, o.id, client: o.clientId, counted: \.orders)
    case .paymentReceived(let p) where desk.payments[p.id] == nil:
      add(\.payments, p.id, client: p.clientId, counted: \.payments)
    case .complaintFiled(let c) where desk.complaints[c.id] == nil:
      add(\.complaints, c.id, client: c.clientId, counted: \.complaints)
    case .noteAdded(let n) where desk.notes[n.id] == nil:
      add(\.notes, n.id, client: n.client, counted: \.notes)
    case .followUpAdded(let f) where desk.followUps[f.id] == nil, .taskAssigned(let f) where desk.followUps[f.id] == nil:
      add(\.followUps, f.id, client: f.client, counted: \.followUps)
    case .reservationMade(let r) where desk.reservations[r.id] == nil:
      add(\.reservations, r.id, client: r.client, counted: \.reservations)
    case .orderShipped(let id, _, _):
      // Shipping issues the order's invoice (Desk.apply), numbered from the counter.
      if let order = desk.orders[id], desk.invoice(of: id) == nil {
        add(\.invoices, Ids.invoice(desk.nextInvoiceNumber), client: order.clientId, counted: \.invoices)
      }
    case .creditNoteIssued(let n) where desk.creditNotes[n.id] == nil:
      add(\.creditNotes, n.id, client: n.clientId, counted: \.creditNotes)
    case .goodsReturned(let g) where desk.returns[g.id] == nil:
      add(\.returns, g.id, client: g.clientId, counted: \.returns)
    case .complaintResolved(let id, _, let resolution, _):
      // A credit from an old journal raises its credit note as it is folded in (DeskClaims.swift).
      if let complaint = desk.complaints[id], resolution.isLegacyCredit {
        add(\.creditNotes, Ids.creditNote(desk.nextCreditNoteNumber), client: complaint.clientId, counted: \.creditNotes)
      }
    case .clientAdded(let c):
      if let old = desk.clients[c.id] {
        byName[Self.key(old.name)]?.removeAll { $0 == c.id }
        counts.clients -= 1
      }
      add(client: c)
    case .productAdded(let p):
      if let old = desk.products[p.sku] {
        byCategory[Self.key(old.category)]?.removeAll { $0 == p.sku }
        counts.products -= 1
      }
      add(product: p, on: desk)
    default:
      break
    }
  }

  private mutating func add(
    _ kind: WritableKeyPath<ClientRecords, [String]>, _ id: String, client: String, counted: WritableKeyPath<Counts, Int>
  ) {
    byClient[client, default: ClientRecords()][keyPath: kind].append(id)
    counts[keyPath: counted] += 1
  }

  private mutating func add(client: Client) {
    byName[Self.key(client.name), default: []].append(client.id)
    counts.clients += 1
  }

  /// Into its place in the category's order (a binary search, reading the names there).
  private mutating func add(product: Product, on desk: Desk) {
    let key = Self.key(product.category), order = Self.catalogOrder(product)
    var skus = byCategory.removeValue(forKey: key) ?? []
    var (low, high) = (0, skus.count)
    while low < high {
      let mid = (low + high) / 2
      // A SKU the desk does not hold (never, short of a hand-edited journal) sorts first.
      let there = desk.products[skus[mid]].map(Self.catalogOrder) ?? ("", "")
      if there < order { low = mid + 1 } else { high = mid }
    }
    skus.insert(product.sku, at: low)
    byCategory[key] = skus
    counts.products += 1
  }
}

extension DeskIndex {
  /// One client's part of the index as it stands, for an undo to put back (DeskPatch.swift):
  /// how long each of its lists was, since records are only ever added at their ends. A
  /// copy of the lists themselves made each patch of a long script hold the client's
  /// whole list as it was then — memory with the square of the script's length, for a
  /// script of notes on a few clients.
  struct ClientPart: Sendable {
    var client: String
    /// nil: the client had no records.
    var lengths: Lengths?
    var name: NamePart?
    var counts: Counts
  }

  struct Lengths: Sendable {
    var offers, orders, payments, complaints, notes, followUps, reservations, invoices, creditNotes, returns: Int

    init(_ r: ClientRecords) {
      (offers, orders, payments, complaints, notes) = (r.offers.count, r.orders.count, r.payments.count, r.complaints.count, r.notes.count)
      (followUps, reservations, invoices, creditNotes, returns) =
        (r.followUps.count, r.reservations.count, r.invoices.count, r.creditNotes.count, r.returns.count)
    }

    func cut(_ r: inout ClientRecords) {
      Self.cut(&r.offers, offers)
      Self.cut(&r.orders, orders)
      Self.cut(&r.payments, payments)
      Self.cut(&r.complaints, complaints)
      Self.cut(&r.notes, notes)
      Self.cut(&r.followUps, followUps)
      Self.cut(&r.reservations, reservations)
      Self.cut(&r.invoices, invoices)
      Self.cut(&r.creditNotes, creditNotes)
      Self.cut(&r.returns, returns)
    }

    private static func cut(_ ids: inout [String], _ length: Int) {
      if ids.count > length { ids.removeLast(ids.count - length) }
    }
  }

  /// The clients filed under a name, when a change may add the client itself: the length
  /// of the list when the change only adds to it, the list itself when it may also take a
  /// client out of it (the client added again, under a name that may file the same).
  enum NamePart: Sendable {
    case length(key: String, Int?)
    case whole(key: String, [String]?)
  }

  /// `name`: the client's name when the change may add the client itself.
  func part(of client: String, name: String? = nil, readding: Bool = false) -> ClientPart {
    let named = name.map { name -> NamePart in
      let key = Self.key(name)
      return readding ? .whole(key: key, byName[key]) : .length(key: key, byName[key]?.count)
    }
    return ClientPart(client: client, lengths: byClient[client].map(Lengths.init), name: named, counts: counts)
  }

  mutating func restore(_ part: ClientPart) {
    if let lengths = part.lengths {
      if var records = byClient.removeValue(forKey: part.client) {
        lengths.cut(&records)
        byClient[part.client] = records
      }
    } else {
      byClient[part.client] = nil
    }
    switch part.name {
    case .length(let key, let length)?:
      if let length {
        if var ids = byName.removeValue(forKey: key) {
          if ids.count > length { ids.removeLast(ids.count - length) }
          byName[key] = ids
        }
      } else {
        byName[key] = nil
      }
    case .whole(let key, let ids)?:
      byName[key] = ids
    case nil:
      break
    }
    counts = part.counts
  }
}

extension DeskIndex: Equatable {
  /// Derived from the records, which the desk's equality compares already.
  static func == (_: DeskIndex, _: DeskIndex) -> Bool { true }
}

extension Desk {
  /// One client's records of a kind, by the index when it has seen every record of that
  /// kind, else by a full pass; either way each is checked to be the client's.
  func records<Record>(
    _ all: [String: Record], of client: String, _ kind: KeyPath<DeskIndex.ClientRecords, [String]>,
    counted: KeyPath<DeskIndex.Counts, Int>, belongs: (Record) -> Bool
  ) -> [Record] {
    guard index.counts[keyPath: counted] == all.count else { return all.values.filter(belongs) }
    return (index.byClient[client]?[keyPath: kind] ?? []).compactMap { all[$0] }.filter(belongs)
  }

  /// The clients whose name may equal `name` (the caller compares): by the index when it
  /// has seen every client, else all of them.
  func clients(possiblyNamed name: String) -> [Client] {
    guard index.counts.clients == clients.count else { return Array(clients.values) }
    let key = DeskIndex.key(name)
    let ids = key == DeskIndex.other
      ? index.byName.values.flatMap { $0 } : (index.byName[key] ?? []) + (index.byName[DeskIndex.other] ?? [])
    return ids.compactMap { clients[$0] }
  }

  /// A category's SKUs in catalog order, straight from the index, when that is exactly the
  /// category: every product indexed, a plain-letter name (one bucket is then one category)
  /// and no product under a name with other letters. Nil when a full pass must decide.
  func categorySKUs(_ category: String) -> [String]? {
    let key = DeskIndex.key(category)
    guard index.counts.products == products.count, key != DeskIndex.other,
      (index.byCategory[DeskIndex.other] ?? []).isEmpty
    else { return nil }
    return index.byCategory[key] ?? []
  }
}
