import Foundation
import Testing

@testable import DealdeskCore

/// One client's records read through the index must be exactly what a full pass finds:
/// after events, after a re-added product changes category, after a decode, and when a
/// record was written in directly (the index is then bypassed, never wrong).
@Suite struct DeskIndexTests {
  let now = Fixtures.now
  let clients = ["CL-1", "CL-2", "CL-3", "CL-4"]

  /// Records of every indexed kind, spread over four clients in a fixed, mixed order.
  func busyDesk() -> Desk {
    var desk = Desk()
    let categories = ["linen", "Linen", "LINEN", "silk", "Seide", "Crêpe", "crêpe", "wool"]
    for i in 0..<40 {
      desk.apply(.productAdded(Product(
        sku: "P-\((i * 7) % 40)", name: "Fabric \((i * 13) % 17)", category: categories[i % categories.count],
        listPrice: Decimal(10 + i))))
    }
    for i in 1...60 {
      let client = clients[(i * 5) % clients.count]
      let at = now.addingTimeInterval(Double(i) * 60)
      let terms = Terms(lines: [OfferLine(scope: .category("linen"), discountPercent: 5)])
      desk.apply(.offerMade(Offer(id: "Q-\(i)", number: i, clientId: client, rounds: [Round(by: .us, terms: terms, at: at)], validUntil: at)))
      desk.apply(.orderPlaced(Order(id: "S-\(i)", number: i, clientId: client, offer: nil, status: .open, lines: [], paymentTerms: .net(days: 30), createdAt: at)))
      desk.apply(.paymentReceived(Payment(id: "P-\(i)", clientId: client, order: nil, amount: Decimal(i), at: at)))
      desk.apply(.noteAdded(Note(id: "N-\(i)", client: client, kind: .note, text: "note \(i)", at: at)))
      desk.apply(.followUpAdded(FollowUp(id: "F-\(i)", client: client, due: at, dueHasTime: false, text: "call", createdAt: at)))
      desk.apply(.complaintFiled(Complaint(id: "C-\(i)", clientId: client, order: nil, lot: nil, reason: .shade, text: "off shade", openedAt: at)))
      desk.apply(.reservationMade(Reservation(id: "R-\(i)", client: client, sku: "P-1", lot: nil, meters: 10, status: .held, createdAt: at, expiresAt: nil)))
    }
    // Re-added under another category and name: it must move.
    desk.apply(.productAdded(Product(sku: "P-3", name: "Aardvark", category: "wool", listPrice: 9)))
    return desk
  }

  func expectMatchesFullPasses(_ desk: Desk) {
    for client in clients + ["CL-9"] {
      #expect(desk.offers(for: client).map(\.id) == desk.offers.values.filter { $0.clientId == client }.sorted { $0.number < $1.number }.map(\.id))
      #expect(desk.orders(for: client).map(\.id) == desk.ordersInOrder.filter { $0.clientId == client }.map(\.id))
      #expect(desk.payments(for: client).map(\.id) == desk.paymentsInOrder.filter { $0.clientId == client }.map(\.id))
      #expect(desk.notes(for: client).map(\.id) == desk.notesInOrder.filter { $0.client == client }.map(\.id))
      #expect(desk.followUps(for: client).map(\.id) == desk.followUpsInOrder.filter { $0.client == client }.map(\.id))
      #expect(desk.complaints(for: client).map(\.id) == desk.complaintsInOrder.filter { $0.clientId == client }.map(\.id))
      #expect(desk.reservations(for: client).map(\.id) == desk.reservationsInOrder.filter { $0.client == client }.map(\.id))
    }
    for category in ["linen", "LiNeN", "silk", "seide", "crêpe", "CRÊPE", "wool", "velvet"] {
      let full = desk.productsInOrder.filter { $0.category.caseInsensitiveCompare(category) == .orderedSame }
      #expect(desk.products(inCategory: category).map(\.sku) == full.map(\.sku), "\(category)")
    }
  }

  @Test func readsWhatAFullPassFinds() {
    let desk = busyDesk()
    #expect(desk.orders(for: "CL-1").count == 15)
    #expect(desk.products(inCategory: "wool").first?.sku == "P-3")
    #expect(!desk.products(inCategory: "linen").contains { $0.sku == "P-3" })
    expectMatchesFullPasses(desk)
  }

  @Test func aDecodedDeskIsIndexedAgain() throws {
    let data = try JSONEncoder().encode(busyDesk())
    let decoded = try JSONDecoder().decode(Desk.self, from: data)
    #expect(decoded.index.counts == busyDesk().index.counts)
    expectMatchesFullPasses(decoded)
  }

  @Test func aRecordWrittenInDirectlyIsStillFound() {
    var desk = busyDesk()
    desk.orders["S-99"] = Order(id: "S-99", number: 99, clientId: "CL-2", offer: nil, status: .open, lines: [], paymentTerms: .net(days: 30), createdAt: now)
    desk.products["P-99"] = Product(sku: "P-99", name: "Zephyr", category: "linen", listPrice: 5)
    #expect(desk.orders(for: "CL-2").last?.id == "S-99")
    #expect(desk.products(inCategory: "linen").last?.sku == "P-99")
    expectMatchesFullPasses(desk)
  }
}

extension DeskIndexTests {
  /// Adding a client finds an existing one of the same name through the index, whatever
  /// its case or accents.
  @Test func aNewClientsNameIsCheckedThroughTheIndex() throws {
    var desk = busyDesk()
    for (i, name) in ["Acme Textiles", "Café Lumière", "Zed Co"].enumerated() {
      desk.apply(.clientAdded(Client(id: "CL-\(10 + i)", name: name, addedAt: now)))
    }
    for twin in ["ACME textiles", "Cafe Lumiere", "CAFÉ LUMIÈRE", "zed co"] {
      #expect(throws: DeskError.self, "\(twin)") { try decide(.addClient(NewClient(name: twin)), desk: desk, now: now) }
    }
    let events = try decide(.addClient(NewClient(name: "Acme Textile")), desk: desk, now: now)
    #expect(events.count == 1)
    #expect(Set(desk.clients(possiblyNamed: "acme textiles").map(\.id)).contains("CL-10"))
  }
}
