import DealdeskCore
import Foundation

@testable import DealdeskLanguage

/// A desk like the ones managers at a branch really keep, with the names the breadth rows
/// use as they are typed ("drini", "vlora", "tweed", "satin"): two clients, a handful of
/// fabrics (one product alone in its category, one with a distinctive word), an open offer,
/// orders in several states, a hold, a complaint and a follow-up. Read at PhrasingDesk.now.
///
/// - Drini Konfeksion CL-1 (Shkodër): open offer O-1 (satin 5%), open order S-1, shipped S-2.
/// - Vlora Home CL-2 (Vlorë): open order S-3, delivered S-4, hold R-1 on satin, complaint C-1 on S-4, follow-up F-1.
/// - Ilir Gashi is the sales director who approves.
enum TradeDesk {
  static let drini = "CL-1", vlora = "CL-2"
  static let now = PhrasingDesk.now

  static let products: [Product] = [
    Product(sku: "TWD-HT", name: "Harris Tweed", category: "wool", listPrice: dec("24.00"), cost: dec("15.50"), rollLength: 50),
    Product(sku: "WFL-300", name: "Wool Flannel", category: "wool", listPrice: dec("21.00"), cost: dec("14.30"), rollLength: 40),
    Product(sku: "SAT-DCH", name: "Duchess Satin", category: "satin", listPrice: dec("9.60"), cost: dec("5.80"), rollLength: 50),
    Product(sku: "LIN-220", name: "Linen 220", category: "linen", listPrice: dec("12.40"), cost: dec("7.90"), rollLength: 50),
    Product(sku: "LIN-180", name: "Linen 180", category: "linen", listPrice: dec("10.90"), cost: dec("6.80"), rollLength: 50),
    Product(sku: "POP-WHT", name: "Poplin White", category: "cotton", listPrice: dec("6.90"), cost: dec("4.10"), rollLength: 100),
    Product(sku: "TWL-280", name: "Cotton Twill 280", category: "cotton", listPrice: dec("8.20"), cost: dec("5.05"), rollLength: 80),
  ]

  static let desk: Desk = {
    var desk = Desk(settings: Settings(currency: "EUR", discountLimit: 12, offerValidityDays: 14, defaultPaymentTerms: .net(days: 30)))
    for product in products { desk.apply(.productAdded(product)) }
    desk.apply(.clientAdded(Client(id: drini, name: "Drini Konfeksion", status: .active, city: "Shkodër", addedAt: now)))
    desk.apply(.clientAdded(Client(id: vlora, name: "Vlora Home", status: .active, city: "Vlorë", addedAt: now)))
    let satin = Terms(lines: [OfferLine(scope: .product(sku: "SAT-DCH"), discountPercent: 5)])
    desk.apply(.offerMade(Offer(id: "O-1", number: 1, clientId: drini, rounds: [Round(by: .us, terms: satin, at: now)],
                                validUntil: now.addingTimeInterval(14 * 86_400))))
    let tweed = OrderLine(sku: "TWD-HT", meters: 80, listPrice: dec("24.00"), discounts: [], unitPrice: dec("24.00"))
    let satinLine = OrderLine(sku: "SAT-DCH", meters: 200, listPrice: dec("9.60"), discounts: [], unitPrice: dec("9.60"))
    let orders: [(Int, String, OrderStatus, OrderLine)] = [
      (1, drini, .open, tweed), (2, drini, .shipped, satinLine), (3, vlora, .open, satinLine), (4, vlora, .delivered, tweed),
    ]
    for (n, client, status, line) in orders {
      desk.apply(.orderPlaced(Order(id: "S-\(n)", number: n, clientId: client, offer: nil, status: status, lines: [line],
                                    paymentTerms: .net(days: 30), createdAt: now.addingTimeInterval(Double(n) * 60))))
    }
    desk.apply(.reservationMade(Reservation(id: "R-1", client: vlora, sku: "SAT-DCH", lot: nil, meters: 120, status: .held,
                                            createdAt: now, expiresAt: now.addingTimeInterval(7 * 86_400))))
    desk.apply(.complaintFiled(Complaint(id: "C-1", clientId: vlora, order: "S-4", lot: nil, reason: .shade,
                                         text: "shade differs from the swatch", openedAt: now)))
    desk.apply(.followUpAdded(FollowUp(id: "F-1", client: vlora, due: at(2026, 12, 3), dueHasTime: false, text: "send swatches",
                                       createdAt: now)))
    return desk
  }()

  static func context(client: String? = nil) -> ParseContext { PhrasingDesk.context(desk, client: client) }
}
