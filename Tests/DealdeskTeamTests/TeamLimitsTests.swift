import Foundation
import PostgresNIO
import Testing

@testable import DealdeskTeam

/// Issue 19, item 4: the database itself holds a manager to their own limits (schema
/// version 4). psql as a manager, calling `desk.append` directly, cannot accept an offer or
/// place an order beyond their own discount and payment-terms limits unless a director
/// approved exactly those terms; within them, or with that approval, it goes in; a director
/// is not held; undo and redo of an approval are followed.
@Suite struct TeamLimitsTests {
  /// The branch's policy (12%, net 60, a 2% volume tier from 500 m, a 1% client tier), Arben
  /// with his own 14%, and one fabric, all appended by the director.
  static let policy = #"[{"settingsChanged":{"_0":{"discountLimit":12,"paymentTermsLimitDays":60,"volumeTiers":[{"fromMeters":500,"percent":2}],"clientTiers":[{"fromSales":10000,"name":"silver","percent":1}]}}},{"productAdded":{"_0":{"sku":"POP-WHT","name":"Poplin White","category":"cotton","listPrice":6.9,"cost":4.25}}}]"#

  static func person(_ login: String) -> String {
    #"[{"personSet":{"_0":{"login":"\#(login)","name":"Arben Hoxha","role":"manager","discountLimit":14}}}]"#
  }

  /// An offer's terms: one line at `percent` off `scope`, or at a net price, and net `days`.
  static func terms(_ line: String, days: Int = 30) -> String {
    #"{"lines":[\#(line)],"paymentTerms":{"net":{"days":\#(days)}}}"#
  }

  static func cotton(_ percent: String) -> String { #"{"discountPercent":\#(percent),"scope":{"category":{"_0":"cotton"}}}"# }

  static func offer(_ id: String, client: String = "CL-1", _ terms: String) -> String {
    #"[{"offerMade":{"_0":{"id":"\#(id)","number":1,"clientId":"\#(client)","status":"open","validUntil":"2026-12-21T23:59:59Z","rounds":[{"by":"us","at":"2026-12-07T10:00:00Z","terms":\#(terms)}]}}}]"#
  }

  static func counter(_ id: String, _ terms: String) -> String {
    #"[{"offerCountered":{"offer":"\#(id)","round":{"by":"client","at":"2026-12-07T11:00:00Z","terms":\#(terms)},"status":"open"}}]"#
  }

  static func approve(_ id: String, _ terms: String) -> String {
    #"[{"offerApproved":{"offer":"\#(id)","approval":{"terms":\#(terms),"by":"sofia","at":"2026-12-07T12:00:00Z"}}}]"#
  }

  static func accept(_ id: String) -> String {
    #"[{"offerAccepted":{"offer":"\#(id)","by":"client","at":"2026-12-07T13:00:00Z"}}]"#
  }

  static func order(client: String, net: String, days: Int = 30, at: String = "2026-12-07T14:00:00Z") -> String {
    #"[{"orderPlaced":{"_0":{"id":"S-1","number":1,"clientId":"\#(client)","status":"open","createdAt":"\#(at)","paymentTerms":{"net":{"days":\#(days)}},"lines":[{"sku":"POP-WHT","meters":100,"listPrice":6.9,"discounts":[],"unitPrice":\#(net),"lineTotal":1}]}}}]"#
  }

  /// A contract for `client` with one price `line`, net `days`, running through December 2026 and January 2027.
  static func contract(_ id: String, client: String, _ line: String, days: Int = 90) -> String {
    #"[{"contractDrafted":{"_0":{"id":"\#(id)","number":1,"clientId":"\#(client)","start":"2026-12-01T00:00:00Z","end":"2027-01-31T00:00:00Z","lines":[\#(line)],"paymentTerms":{"net":{"days":\#(days)}},"status":"draft","draftedAt":"2026-12-07T09:00:00Z","draftedBy":"x","approvalReasons":[]}}}]"#
  }

  static func sign(_ id: String) -> String {
    #"[{"contractSent":{"at":"2026-12-07T10:00:00Z","contract":"\#(id)"}},{"contractSigned":{"contract":"\#(id)","signing":{"at":"2026-12-07T11:00:00Z","ours":"Sofia Marku","theirs":"Ilir Gashi"}}}]"#
  }

  static func terminate(_ id: String) -> String {
    #"[{"contractTerminated":{"at":"2026-12-07T15:00:00Z","contract":"\#(id)","reason":"moved away"}}]"#
  }

  static func approveContract(_ id: String) -> String {
    #"[{"contractApproved":{"approval":{"at":"2026-12-07T10:00:00Z","by":"sofia"},"contract":"\#(id)"}}]"#
  }

  /// psql as `login` appending one record of `events`: whether it went in, and what psql said.
  private func append(_ database: TestDatabase, as login: String, _ events: String, kind: String = "command") async throws -> (Bool, String) {
    let said = try await DirectorRightsTests.psql(database, as: login, DirectorRightsTests.append(events, kind: kind))
    return (said.status == 0, said.output)
  }

  @Test func aManagerInPsqlIsHeldToTheirOwnLimitsUnlessADirectorApprovedTheseExactTerms() async throws {
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let arben = try await database.manager()
    let sofia = try await database.director()
    for events in [Self.policy, Self.person(arben)] {
      let (made, said) = try await append(database, as: sofia, events)
      #expect(made, "\(said)")
    }

    // Beyond his own 14% (with the largest client tier, 15%): refused, naming the limit and the way on.
    let o1 = Self.terms(Self.cotton("16"))
    #expect(try await append(database, as: arben, Self.offer("O-1", o1)).0)
    let (beyond, refusal) = try await append(database, as: arben, Self.accept("O-1"))
    #expect(!beyond)
    #expect(refusal.contains("ERROR:  not within your own limits: accepting O-1, 16% off is over your 14% and what the policy's tiers add, and no director approved these exact terms"), "\(refusal)")
    #expect(refusal.contains("HINT:  Ask a director to approve O-1 as it stands (ask approval for O-1: REASON), or counter within your limits."), "\(refusal)")
    // Payment terms beyond his net 60 (the branch's: he has no own) likewise.
    #expect(try await append(database, as: arben, Self.offer("O-2", Self.terms(Self.cotton("10"), days: 90))).0)
    let (longer, said) = try await append(database, as: arben, Self.accept("O-2"))
    #expect(!longer && said.contains("accepting O-2, net 90 is longer than your net 60"), "\(said)")
    // A net price is judged against the list price: 6.00 on 6.90 is 13.04% off, within 14%.
    // Within his own limit, and with the volume tier a quantity earns (14 + 2 + 1 = 17%).
    #expect(try await append(database, as: arben, Self.offer("O-3", Self.terms(#"{"scope":{"product":{"sku":"POP-WHT"}},"unitPrice":6}"#))).0)
    #expect(try await append(database, as: arben, Self.accept("O-3")).0)
    #expect(try await append(database, as: arben, Self.offer("O-4", Self.terms(#"{"meters":500,"scope":{"product":{"sku":"POP-WHT"}},"discountPercent":16.5}"#))).0)
    #expect(try await append(database, as: arben, Self.accept("O-4")).0)
    // A client's counter is judged as it stands when accepted: 4.00 on 6.90 is 42.03% off.
    #expect(try await append(database, as: arben, Self.offer("O-8", Self.terms(Self.cotton("10")))).0)
    #expect(try await append(database, as: arben, Self.counter("O-8", Self.terms(#"{"scope":{"product":{"sku":"POP-WHT"}},"unitPrice":4}"#))).0)
    let (countered, counteredSaid) = try await append(database, as: arben, Self.accept("O-8"))
    #expect(!countered && counteredSaid.contains("accepting O-8, 42.03% off is over your 14%"), "\(counteredSaid)")

    // A director's approval of exactly O-1's terms clears them; an approval of other terms does not.
    #expect(try await append(database, as: sofia, Self.approve("O-1", o1)).0)
    #expect(try await append(database, as: arben, Self.accept("O-1")).0)
    let o5 = Self.terms(Self.cotton("20"))
    #expect(try await append(database, as: arben, Self.offer("O-5", o5)).0)
    #expect(try await append(database, as: sofia, Self.approve("O-5", Self.terms(Self.cotton("18")))).0)
    #expect(try await !append(database, as: arben, Self.accept("O-5")).0, "approved at 18%, not at 20%")
    #expect(try await append(database, as: sofia, Self.approve("O-5", o5)).0)
    #expect(try await append(database, as: arben, Self.counter("O-5", Self.terms(Self.cotton("21")))).0)
    #expect(try await !append(database, as: arben, Self.accept("O-5")).0, "the terms changed after the approval")
    // He cannot approve them himself (version 2), nor sneak an approval in with the accept.
    let (own, ownSaid) = try await append(database, as: arben, Self.approve("O-5", Self.terms(Self.cotton("21"))))
    #expect(!own && ownSaid.contains("only a director may approve an offer"), "\(ownSaid)")

    // An approval the director undid no longer counts; redone, it does again.
    let o6 = Self.terms(Self.cotton("30"))
    #expect(try await append(database, as: arben, Self.offer("O-6", o6)).0)
    #expect(try await append(database, as: sofia, Self.approve("O-6", o6)).0)
    // A manager may not undo or redo the director's change himself: that would take back
    // her approval, or (had she cut his limit) raise his own limit.
    let (undone, undoSaid) = try await append(database, as: arben, "[]", kind: "undo")
    #expect(!undone && undoSaid.contains("undo takes back only your own change"), "\(undoSaid)")
    #expect(try await append(database, as: sofia, "[]", kind: "undo").0)
    let (redone, redoSaid) = try await append(database, as: arben, "[]", kind: "redo")
    #expect(!redone && redoSaid.contains("redo does again only your own change"), "\(redoSaid)")
    #expect(try await !append(database, as: arben, Self.accept("O-6")).0, "the approval was undone")
    #expect(try await append(database, as: sofia, "[]", kind: "redo").0)
    #expect(try await append(database, as: arben, Self.accept("O-6")).0)

    // Orders: at standing terms only what the policy's tiers give (1% here), or what the
    // client's accepted offers agreed (O-1's 16%, O-6's 30% for CL-1), and terms up to his own.
    #expect(try await append(database, as: arben, Self.order(client: "CL-2", net: "6.83")).0)
    let (cheap, cheapSaid) = try await append(database, as: arben, Self.order(client: "CL-2", net: "3.45"))
    #expect(!cheap && cheapSaid.contains("placing S-1, POP-WHT at 3.45 is 50% off its list 6.9"), "\(cheapSaid)")
    #expect(try await append(database, as: arben, Self.order(client: "CL-1", net: "4.83")).0, "O-6's 30% was approved")
    #expect(try await !append(database, as: arben, Self.order(client: "CL-1", net: "4.50")).0)
    let (credit, creditSaid) = try await append(database, as: arben, Self.order(client: "CL-2", net: "6.90", days: 90))
    #expect(!credit && creditSaid.contains("net 90 is longer than your net 60"), "\(creditSaid)")

    // A director is not held to a manager's limits.
    #expect(try await append(database, as: sofia, Self.offer("O-7", Self.terms(Self.cotton("40"), days: 120))).0)
    #expect(try await append(database, as: sofia, Self.accept("O-7")).0)
    #expect(try await append(database, as: sofia, Self.order(client: "CL-3", net: "1.00", days: 120)).0)

    // Nothing refused was kept.
    let admin = try await database.admin()
    let accepted = try await admin.rows(
      "SELECT e.value -> 'offerAccepted' ->> 'offer' FROM desk.events, json_array_elements(body -> 'events') e(value) WHERE e.value -> 'offerAccepted' IS NOT NULL ORDER BY position",
      doing: "a test") { try $0.decode(String.self) }
    let orders = try await admin.rows(
      "SELECT count(*) FROM desk.events, json_array_elements(body -> 'events') e(value) WHERE e.value -> 'orderPlaced' IS NOT NULL",
      doing: "a test") { try $0.decode(Int64.self) }
    await admin.close()
    #expect(accepted == ["O-3", "O-4", "O-1", "O-6", "O-7"])
    #expect(orders == [3])
  }

  /// A signed contract in force is the client's price list: an order at its price and payment
  /// terms goes in from a manager's login, as the desk prices it; without the contract, after
  /// it ends or is terminated, or with its signing undone, the same order is refused. A
  /// contract beyond its drafter's own limits counts only once a director approved it.
  @Test func aSignedContractInForcePricesAManagersOrder() async throws {
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let arben = try await database.manager()
    let sofia = try await database.director()
    for events in [Self.policy, Self.person(arben), Self.contract("CT-1", client: "CL-4", #"{"scope":{"product":{"sku":"POP-WHT"}},"unitPrice":5.5}"#)] {
      let (made, said) = try await append(database, as: sofia, events)
      #expect(made, "\(said)")
    }
    // 5.50 on 6.90 is 20.3% off, net 90: beyond his 14% + 1% and net 60, at the contract's terms.
    let (unsigned, unsignedSaid) = try await append(database, as: arben, Self.order(client: "CL-4", net: "5.5", days: 90))
    #expect(!unsigned && unsignedSaid.contains("POP-WHT at 5.5 is 20.3% off its list 6.9"), "a draft prices nothing: \(unsignedSaid)")
    #expect(try await append(database, as: arben, Self.sign("CT-1")).0)
    let (signed, signedSaid) = try await append(database, as: arben, Self.order(client: "CL-4", net: "5.5", days: 90))
    #expect(signed, "\(signedSaid)")
    // Nothing below the contract's price, and not for another client.
    let (below, belowSaid) = try await append(database, as: arben, Self.order(client: "CL-4", net: "5.3"))
    #expect(!below && belowSaid.contains("and below its contract price 5.5"), "\(belowSaid)")
    let (other, otherSaid) = try await append(database, as: arben, Self.order(client: "CL-5", net: "5.5", days: 90))
    #expect(!other && otherSaid.contains("POP-WHT at 5.5 is 20.3% off") && otherSaid.contains("net 90 is longer than your net 60"), "\(otherSaid)")
    // Its last day is 31 Jan 2027, through its end; not the day after, nor before it began.
    #expect(try await append(database, as: arben, Self.order(client: "CL-4", net: "5.5", at: "2027-01-31T23:00:00Z")).0)
    #expect(try await !append(database, as: arben, Self.order(client: "CL-4", net: "5.5", at: "2027-02-01T08:00:00Z")).0, "after its end")
    #expect(try await !append(database, as: arben, Self.order(client: "CL-4", net: "5.5", at: "2026-11-30T08:00:00Z")).0, "before its start")
    // An offer may give the contract's payment terms, as the desk's review allows.
    #expect(try await append(database, as: arben, Self.offer("O-1", client: "CL-4", Self.terms(Self.cotton("10"), days: 90))).0)
    #expect(try await append(database, as: arben, Self.accept("O-1")).0)

    // The signing undone, the price is refused again; redone, it counts again.
    #expect(try await append(database, as: sofia, Self.contract("CT-5", client: "CL-9", #"{"scope":{"product":{"sku":"POP-WHT"}},"unitPrice":5.5}"#)).0)
    #expect(try await append(database, as: arben, Self.sign("CT-5")).0)
    #expect(try await append(database, as: arben, Self.order(client: "CL-9", net: "5.5")).0, "signed")
    #expect(try await append(database, as: arben, "[]", kind: "undo").0)
    #expect(try await append(database, as: arben, "[]", kind: "undo").0)
    #expect(try await !append(database, as: arben, Self.order(client: "CL-9", net: "5.5")).0, "the signing was undone")
    #expect(try await append(database, as: arben, "[]", kind: "redo").0)
    #expect(try await append(database, as: arben, Self.order(client: "CL-9", net: "5.5")).0, "the signing was redone")
    // Terminated, it prices nothing.
    #expect(try await append(database, as: arben, Self.terminate("CT-1")).0)
    #expect(try await !append(database, as: arben, Self.order(client: "CL-4", net: "5.5")).0, "terminated")

    // A percent off a category: 20% off cotton is 5.52 on 6.90.
    #expect(try await append(database, as: sofia, Self.contract("CT-2", client: "CL-6", #"{"discountPercent":20,"scope":{"category":{"_0":"Cotton"}}}"#) ).0)
    #expect(try await append(database, as: arben, Self.sign("CT-2")).0)
    #expect(try await append(database, as: arben, Self.order(client: "CL-6", net: "5.52")).0)
    #expect(try await !append(database, as: arben, Self.order(client: "CL-6", net: "5.4")).0)

    // His own contract beyond his limits counts only once a director approved it after its draft.
    #expect(try await append(database, as: arben, Self.contract("CT-3", client: "CL-7", #"{"scope":{"product":{"sku":"POP-WHT"}},"unitPrice":4}"#)).0)
    #expect(try await append(database, as: arben, Self.sign("CT-3")).0)
    let (uncleared, unclearedSaid) = try await append(database, as: arben, Self.order(client: "CL-7", net: "4"))
    #expect(!uncleared && unclearedSaid.contains("POP-WHT at 4 is 42% off"), "\(unclearedSaid)")
    #expect(try await !append(database, as: arben, Self.approveContract("CT-3")).0, "only a director approves a contract")
    #expect(try await append(database, as: sofia, Self.approveContract("CT-3")).0)
    #expect(try await append(database, as: arben, Self.order(client: "CL-7", net: "4")).0, "approved by a director")
    // Within his own limits (12% off, net 60) his contract needs nobody's approval.
    #expect(try await append(database, as: arben, Self.contract("CT-4", client: "CL-8", #"{"discountPercent":12,"scope":{"all":{}}}"#, days: 60)).0)
    #expect(try await append(database, as: arben, Self.sign("CT-4")).0)
    #expect(try await append(database, as: arben, Self.order(client: "CL-8", net: "6.08", days: 60)).0)
  }

  /// A desk pushed in (`team push`, a `start` record by a director) brings its policy, offers
  /// and approvals with it: the check reads them as it reads appended ones.
  @Test func aPushedDeskBringsItsPolicyOffersAndApprovals() async throws {
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let arben = try await database.manager()
    let sofia = try await database.director()
    let approved = Self.terms(Self.cotton("20"))
    func offer(_ id: String, approval: String?) -> String {
      #""\#(id)":{"id":"\#(id)","number":1,"clientId":"CL-1","status":"open","validUntil":"2026-12-21T23:59:59Z","rounds":[{"by":"us","at":"2026-12-07T10:00:00Z","terms":\#(approved)}]\#(approval.map { #","approval":{"terms":\#($0),"by":"Sofia Marku","at":"2026-12-07T11:00:00Z"}"# } ?? "")}"#
    }
    let desk = #"{"settings":{"discountLimit":12,"paymentTermsLimitDays":60},"products":{},"authorityLog":{"steps":{},"limitChanges":[]},"offers":{\#(offer("O-1", approval: approved)),\#(offer("O-2", approval: nil))},"contractBook":{"nextNumber":2,"contracts":{"CT-1":{"id":"CT-1","number":1,"clientId":"CL-1","start":"2026-12-01T00:00:00Z","end":"2027-01-31T00:00:00Z","lines":[{"scope":{"product":{"sku":"POP-WHT"}},"unitPrice":5}],"status":"signed","draftedAt":"2026-12-01T09:00:00Z","draftedBy":"Sofia Marku","approvalReasons":[]}}}}"#
    let push = "SELECT * FROM desk.append(0, ARRAY['record'], ARRAY['{\"seq\":1,\"at\":\"2026-12-07T12:00:00Z\",\"line\":\"team push\",\"kind\":\"start\",\"events\":[],\"desk\":\(desk)}'])"
    let pushed = try await DirectorRightsTests.psql(database, as: sofia, push)
    #expect(pushed.status == 0, "\(pushed.output)")
    let (beyond, said) = try await append(database, as: arben, Self.accept("O-2"))
    #expect(!beyond && said.contains("accepting O-2, 20% off is over your 12%"), "\(said)")
    #expect(try await append(database, as: arben, Self.accept("O-1")).0, "approved on the desk that was pushed")
    #expect(try await append(database, as: arben, Self.order(client: "CL-1", net: "5")).0, "at the pushed desk's signed contract")
    #expect(try await !append(database, as: arben, Self.order(client: "CL-2", net: "5")).0, "CL-2 has no contract")
  }

  /// The desk's words for the database's refusal: what is beyond which limit, and how to ask.
  @Test func theDeskSaysWhichLimitAndHowToAskForApproval() async throws {
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let arben = try await database.manager()
    let sofia = try await database.director()
    #expect(try await append(database, as: sofia, Self.policy).0)
    #expect(try await append(database, as: arben, Self.offer("O-1", Self.terms(Self.cotton("16"), days: 75))).0)

    let journal = try await TeamJournal.open(database.login(user: arben, password: "s3cret:pw"))
    let body = #"{"seq":3,"at":"2026-12-07T13:00:00Z","line":"accept O-1","kind":"command","events":\#(Self.accept("O-1"))}"#
    let refusal = await #expect(throws: TeamError.self) { try await journal.append(expected: 2, events: [.init(kind: "record", body: body)]) }
    await journal.close()
    #expect(refusal?.kind == .permission)
    #expect(
      refusal?.message
        == "Not saved: Not within your own limits: accepting O-1, 16% off is over your 12% and what the policy's tiers add; net 75 is longer than your net 60, and no director approved these exact terms. Ask a director to approve O-1 as it stands (ask approval for O-1: REASON), or counter within your limits.",
      "\(refusal?.message ?? "")")
  }
}
