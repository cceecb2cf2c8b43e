import DealdeskApp
import DealdeskCore
import DealdeskStore
import DealdeskTrainer
import Foundation
import Testing

/// Every figure a reply states is the figure the export carries and the ledger holds, over
/// seeded random sessions typed as a manager would (orders, shipping, payments, complaints
/// settled with credits and discounts, returns). A failure names its seed and line, so
/// `FigureAgreementTests.session(seed:)` replays it.
@Suite struct FigureAgreementTests {
  static let seeds: [UInt64] = Array(1...40)

  @Test(arguments: seeds)
  func repliesAndTheExportStateTheLedgersFigures(seed: UInt64) throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["@now 2026-10-01 09:00", "load sample data", "set Bora credit limit 6,000"])
    defer { _ = s.close() }
    var random = SplitMix64(seed: seed)
    var done = 0
    for (n, line) in Self.lines(&random, count: 60).enumerated() {
      if !s.handle(line).isError, !line.hasPrefix("@") { done += 1 }
      guard n % 15 == 14 else { continue }
      try check(s, seed: seed, at: "line \(n + 1) (\(line))")
    }
    try check(s, seed: seed, at: "the end")
    #expect(done >= 15, "seed \(seed): only \(done) commands were done; the generator tests too little")
  }

  private func check(_ s: Session, seed: UInt64, at place: String) throws {
    let context = "seed \(seed), \(place)"
    let root = try #require(try JSONSerialization.jsonObject(with: Data(s.handle("export json").text.utf8)) as? [String: Any])
    let clients = try #require(root["clients"] as? [[String: Any]])
    var owedToUs: Decimal = 0
    for client in clients {
      let id = try #require(client["id"] as? String)
      let name = s.desk.clients[id]?.name ?? id
      let ledger = s.desk.ledger(for: id)
      #expect(client["owes"] as? String == Money.plain(ledger.owes), "\(context): \(name) owes")
      #expect(client["orderedNotInvoiced"] as? String == Money.plain(ledger.orderedNotInvoiced), "\(context): \(name) ordered")
      #expect(client["creditExposure"] as? String == Money.plain(ledger.exposure), "\(context): \(name) exposure")
      let balance = s.handle("balance \(name)").text
      let phrase = ledger.owes > 0 ? "owes \(Money.display(ledger.owes)) EUR" : ledger.owes < 0 ? "has \(Money.display(-ledger.owes)) EUR credit" : "owes nothing"
      #expect(balance.hasPrefix("\(name) \(phrase)"), "\(context): \(balance)")
      let statement = s.handle("statement \(name)").text
      #expect(statement.contains("No invoices") || statement.contains("\(name) \(phrase)"), "\(context): \(statement)")
      if ledger.owes > 0 { owedToUs += ledger.owes }
    }
    let owing = s.handle("who owes us").text
    #expect(owedToUs == 0 ? owing.hasPrefix("Nobody owes us") : owing.hasPrefix("Owed to us (invoiced with VAT, unpaid, less credit notes): \(Money.display(owedToUs)) EUR"), "\(context): \(owing)")
    // Orders in the export carry their invoice's figures.
    for order in root["orders"] as? [[String: Any]] ?? [] {
      let id = try #require(order["id"] as? String)
      let entry = s.desk.orders[id].flatMap { s.desk.ledger(for: $0.clientId).entry(id) }
      #expect(order["outstanding"] as? String == entry.map { Money.plain($0.outstanding) }, "\(context): \(id) outstanding")
    }
    // Sales this year: invoices less credit notes, in the report and the export alike.
    let invoiced = (root["invoices"] as? [[String: Any]] ?? []).compactMap { ($0["amount"] as? String).flatMap { Decimal(string: $0) } }
    let credited = (root["creditNotes"] as? [[String: Any]] ?? []).compactMap { ($0["amount"] as? String).flatMap { Decimal(string: $0) } }
    let sales = invoiced.reduce(0, +) - credited.reduce(0, +)
    let report = s.handle("sales this year").text
    #expect(report.hasPrefix("Sales 2026 (invoiced less credit notes, VAT excluded): \(Money.display(sales)) EUR"), "\(context): \(report)")
  }

  /// What a manager types on a busy day: mostly orders, shipping and payments, with
  /// complaints, credits and returns among them. Ids are guessed from what came before,
  /// so some lines are refused, as a real day's are.
  static func lines(_ random: inout SplitMix64, count: Int) -> [String] {
    let clients = ["Acme", "Bora", "Çelik", "Atelier"]
    let fabrics = ["poplin", "linen 220", "denim 12oz"]
    var orders = 0, complaints = 0, lines: [String] = []
    var day = 1
    for _ in 0..<count {
      if random.int(below: 3) == 0 {
        day += 1 + random.int(below: 4)
        lines.append(String(format: "@now 2026-%02d-%02d 10:00", 10 + (day - 1) / 28, 1 + (day - 1) % 28))
      }
      let order = orders > 0 ? "S-\(1 + random.int(below: orders))" : "S-1"
      switch random.int(below: 10) {
      case 0, 1:
        orders += 1
        lines.append("\(clients[random.int(below: clients.count)]) orders \(10 * (1 + random.int(below: 30)))m \(fabrics[random.int(below: fabrics.count)])")
      case 2, 3: lines.append("ship \(order)")
      case 4: lines.append("\(clients[random.int(below: clients.count)]) paid \(50 * (1 + random.int(below: 40)))")
      case 5: lines.append("\(order) paid")
      case 6:
        complaints += 1
        lines.append("complaint on \(order): wrong shade")
      case 7:
        let remedy = ["credit \(10 * (1 + random.int(below: 30)))", "discount \(1 + random.int(below: 9))%", "replaced \(5 * (1 + random.int(below: 4)))m"]
        lines.append("resolve C-\(1 + random.int(below: max(1, complaints))) justified: \(remedy[random.int(below: remedy.count)])")
      case 8: lines.append("return \(5 * (1 + random.int(below: 10)))m \(fabrics[random.int(below: fabrics.count)]) from \(order)" + (random.int(below: 3) == 0 ? ", damaged" : ""))
      default: lines.append(random.int(below: 2) == 0 ? "deliver \(order)" : "cancel \(order)")
      }
    }
    return lines
  }
}
