import DealdeskCore
import Foundation
import PostgresNIO
import Testing

@testable import DealdeskApp
@testable import DealdeskTeam

/// A contract made on the desk itself, as the team desk's sessions write it: the database's
/// limits check reads the real events (EventWriter's JSON) and lets a manager's order at the
/// contract's price and payment terms in, as the desk priced it.
@Suite struct TeamContractTests {
  @Test func aManagersOrderAtASignedContractsPricesIsSavedOnTheTeamDesk() async throws {
    let branch = try await TeamSessionTests.Branch.make()
    let arben = try branch.session(branch.arben)
    let sofia = try branch.session(branch.sofia)
    defer { _ = arben.close(); _ = sofia.close() }
    try branch.loadSampleData(into: arben, sofia)

    // Beyond the manager's own limits, so approved by the director; then sent and signed.
    // The sample data brings CT-1 (Atelier Lumière's), so this one is CT-2.
    let drafted = arben.handle("contract Acme: from 1 Dec 2026 to 30 Nov 2027, linen 220 at 9.00/m, net 90")
    #expect(!drafted.isError, "\(drafted.text)")
    _ = sofia.catchUp()
    let approved = sofia.handle("approve contract CT-2")
    #expect(!approved.isError, "\(approved.text)")
    _ = arben.catchUp()
    #expect(!arben.handle("send contract CT-2").isError)
    let signed = arben.handle("sign contract CT-2 by Sofia Marku and Ilir Gashi")
    #expect(!signed.isError, "\(signed.text)")
    let ordered = arben.handle("Acme orders 1000m linen 220")
    #expect(!ordered.isError, "\(ordered.text)")
    #expect(ordered.text.hasPrefix("S-1 for Acme Textiles at contract CT-2's prices: 9,000.00 EUR · net 90"), "\(ordered.text)")
    #expect(arben.desk.ordersInOrder.last?.lines.first?.unitPrice == 9)

    // What the database kept of it: drafted not cleared (beyond his limits), cleared by the approval, signed.
    let admin = try await branch.database.admin()
    let facts = try await admin.rows(
      "SELECT (value ->> 'status') || ' ' || (value ->> 'cleared') FROM desk.terms_facts WHERE kind = 'contract' AND key = 'CT-2' ORDER BY position, ordinal",
      doing: "a test") { try $0.decode(String.self) }
    await admin.close()
    #expect(facts == ["draft false", "draft true", "signed true"])
  }
}
