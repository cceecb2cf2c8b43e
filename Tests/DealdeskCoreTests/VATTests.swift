import DealdeskCore
import Foundation
import Testing

/// Issue 20, item 3: VAT's one definition (Ledger/VAT.swift) and the rules that set its inputs.
@Suite struct VATTests {
  private func d(_ text: String) -> Decimal { Fixtures.d(text) }

  @Test func standardRateIsTwentyPercentByDefaultAndAnExportIsZeroRated() throws {
    var desk = Fixtures.desk()
    #expect(desk.settings.vatRates.standardPercent == 20)
    #expect(desk.vatPercent(forClient: "CL-1") == 20)
    _ = try Fixtures.run(.setClientTax(client: "CL-1", change: .vat(.export)), on: &desk)
    #expect(desk.vatPercent(forClient: "CL-1") == 0)
    // A desk saved before VAT opens with Albania's rate and no company details.
    let old = try JSONDecoder().decode(Settings.self, from: Data(#"{"currency":"EUR"}"#.utf8))
    #expect(old.vatRates.standardPercent == 20)
    #expect(old.company == CompanyDetails())
  }

  @Test func roundingIsPerDocumentAndRateHalfUp() {
    #expect(VAT.amount(net: d("5705.00"), percent: 20) == d("1141.00"))
    #expect(VAT.amount(net: d("0.15"), percent: 10) == d("0.02"), "0.015 rounds half up")
    #expect(VAT.amount(net: d("10.03"), percent: 18) == d("1.81"))
    // Per document, not per line: three lines of 0.05 at 10% are 0.02, not 3 × 0.01.
    let block = VAT.breakdown([(d("0.05"), 10), (d("0.05"), 10), (d("0.05"), 10)])
    #expect(block.rows == [VAT.Row(percent: 10, net: d("0.15"), vat: d("0.02"))])
    #expect(block.gross == d("0.17"))
  }

  /// Over many seeded documents of random lines at random rates: each rate's net + VAT is its
  /// gross exactly, VAT is at the cent, the rows add up to the document's totals, and a
  /// statement's rows add up to the sum of its documents'.
  @Test func perRateTotalsReconcileToTheCent() {
    let rates: [Decimal] = [0, 6, 10, 18, 20, d("7.5"), d("19.25")]
    for seed in UInt64(1)...3_000 {
      var rng = SplitMix64(seed: seed)
      var statement = VAT.Breakdown.empty
      var documents: [VAT.Breakdown] = []
      for _ in 0..<rng.int(1...4) {
        let lines = (0..<rng.int(1...12)).map { _ -> (net: Decimal, percent: Decimal) in
          (Decimal(rng.int(0...2_000_000)) / 100, rng.pick(rates) ?? 20)
        }
        let block = VAT.breakdown(lines)
        documents.append(block)
        let sign: Decimal = rng.chance(25) ? -1 : 1
        statement = statement.adding(block, sign: sign)
        var net: Decimal = 0
        for row in block.rows {
          #expect(row.net + row.vat == row.gross, "seed \(seed)")
          #expect(Money.round(row.vat) == row.vat, "seed \(seed): VAT \(row.vat) is not at the cent")
          #expect(row.vat == Money.round(row.net * row.percent / 100), "seed \(seed)")
          net += row.net
        }
        #expect(net == lines.reduce(0) { $0 + $1.net }, "seed \(seed): the rows lose a line")
        #expect(block.net + block.vat == block.gross, "seed \(seed)")
        #expect(block.rows.map(\.percent) == Set(lines.map(\.percent)).sorted(), "seed \(seed)")
      }
      #expect(statement.net + statement.vat == statement.gross, "seed \(seed)")
      #expect(statement.rows.reduce(0) { $0 + $1.vat } == statement.vat, "seed \(seed)")
    }
  }

  @Test func badRatesAndDetailsAreRefusedAndChangeNothing() throws {
    let desk = Fixtures.desk()
    func refused(_ command: Command) -> DeskError? {
      do {
        _ = try decide(command, desk: desk, now: Fixtures.now)
        return nil
      } catch { return error }
    }
    var over = SettingsChange()
    over.vatStandardPercent = 101
    #expect(refused(.changeSettings(over))?.message.contains("0% to 100%") == true)
    var negative = SettingsChange()
    negative.vatStandardPercent = -1
    #expect(refused(.changeSettings(negative)) != nil)
    var emptyNumber = SettingsChange()
    emptyNumber.company = CompanyDetailChange(field: .taxNumber, value: "  ")
    #expect(refused(.changeSettings(emptyNumber))?.message == "The tax number is empty.")
    var badIBAN = SettingsChange()
    badIBAN.company = CompanyDetailChange(field: .iban, value: "AL47 2121 1009 0000 0002 3569 8742")
    #expect(refused(.changeSettings(badIBAN))?.message.contains("check digits") == true)
    #expect(refused(.setClientTax(client: "CL-1", change: .taxNumber(""))) != nil)
    #expect(refused(.setClientTax(client: "CL-1", change: .taxNumber("L123 please"))) != nil)
    #expect(refused(.setClientTax(client: "CL-9", change: .vat(.export)))?.message == "There is no client CL-9.")
    #expect(desk.settings == Fixtures.desk().settings)
  }

  /// The company's details are the branch's policy: a manager on a team desk cannot set them.
  @Test func companyDetailsAndRatesAreADirectorsButAClientsTaxIsAManagers() throws {
    let desk = Fixtures.desk()
    let manager = Acting(name: "ilir", roles: [.manager])
    var change = SettingsChange()
    change.company = CompanyDetailChange(field: .taxNumber, value: "L12345678A")
    #expect(throws: DeskError.self) { try decide(.changeSettings(change), desk: desk, now: Fixtures.now, actor: manager) }
    var rate = SettingsChange()
    rate.vatStandardPercent = 18
    #expect(throws: DeskError.self) { try decide(.changeSettings(rate), desk: desk, now: Fixtures.now, actor: manager) }
    let events = try decide(.setClientTax(client: "CL-1", change: .taxNumber("k91234567b")), desk: desk, now: Fixtures.now, actor: manager)
    #expect(events == [.clientTaxSet(client: "CL-1", tax: ClientTax(taxNumber: "K91234567B"))])
  }

  /// An invoice keeps the rate it was issued at; a credit note takes back VAT at its invoice's.
  @Test func documentsKeepTheirRateWhenTheRateOrTheClientChanges() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.receiveStock(sku: "LIN-220", meters: 500, lot: "24-117"), on: &desk)
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 100)]), on: &desk)
    _ = try Fixtures.run(.ship(order: "S-1"), on: &desk)
    let invoice = try #require(desk.invoice(of: "S-1"))
    #expect(invoice.vatPercent == 20)
    var rate = SettingsChange()
    rate.vatStandardPercent = 18
    _ = try Fixtures.run(.changeSettings(rate), on: &desk)
    _ = try Fixtures.run(.setClientTax(client: "CL-1", change: .vat(.export)), on: &desk)
    #expect(desk.vat(of: invoice).rows == [VAT.Row(percent: 20, net: invoice.amount, vat: VAT.amount(net: invoice.amount, percent: 20))])
    _ = try Fixtures.run(.returnGoods(NewReturn(order: "S-1", sku: "LIN-220", meters: 10, damaged: false, reason: nil)), on: &desk)
    let note = try #require(desk.creditNotesInOrder.first)
    #expect(note.vatPercent == 20, "a credit takes VAT back at the invoice's rate")
    let statement = desk.statement(for: "CL-1", to: Fixtures.now.addingTimeInterval(86_400))
    let vat = desk.vat(of: statement)
    #expect(vat.rows.count == 1)
    #expect(vat.net == invoice.amount - note.amount)
    #expect(vat.vat == VAT.amount(net: invoice.amount, percent: 20) - VAT.amount(net: note.amount, percent: 20))
  }
}
