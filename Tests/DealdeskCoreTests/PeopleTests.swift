import DealdeskCore
import Foundation
import Testing

/// People of a team desk (issue 19): a director adds them and sets their own limits and quota;
/// a manager's offers are judged against their own limits, not the branch's; a manager cannot
/// set anyone's, not even their own. Every refusal changes nothing.
@Suite struct PeopleTests {
  private let sofia = TeamFixture.sofia
  private let arben = TeamFixture.arben
  private let dritan = TeamFixture.dritan

  private func run(_ command: Command, on desk: inout Desk, as actor: Acting) throws(DeskError) -> [Event] {
    try TeamFixture.run(command, on: &desk, as: actor)
  }

  /// A branch of a director and two managers, Arben with a 12% discount limit of his own.
  private func branch() throws -> Desk {
    var desk = Fixtures.desk()
    _ = try run(.setPerson(.adding(login: "sofia", name: "Sofia Marku", role: .director)), on: &desk, as: sofia)
    _ = try run(.setPerson(.adding(login: "arben", name: "Arben Hoxha", role: .manager, discountLimit: 12)), on: &desk, as: sofia)
    _ = try run(.setPerson(.adding(login: "dritan", name: "Dritan Leka", role: .manager)), on: &desk, as: sofia)
    return desk
  }

  private func refused(_ command: Command, on desk: Desk, as actor: Acting, saying words: String, sourceLocation: SourceLocation = #_sourceLocation) {
    TeamFixture.refused(command, on: desk, as: actor, at: Fixtures.now, saying: words, sourceLocation: sourceLocation)
  }

  @Test func aDirectorAddsPeopleWithTheirOwnLimits() throws {
    let desk = try branch()
    #expect(desk.peopleInOrder.map(\.login) == ["sofia", "arben", "dritan"])
    #expect(desk.limits(of: "arben") == PersonalLimits(discount: 12, paymentTermsDays: 60))
    #expect(desk.limits(of: "dritan") == PersonalLimits(discount: 10, paymentTermsDays: 60))
    #expect(desk.limits(of: nil) == PersonalLimits(discount: 10, paymentTermsDays: 60))
    // Arben's own limit is on record as set by Sofia, from the branch's 10%.
    let change = try #require(desk.latestLimitChange(of: .discount, for: "arben"))
    #expect(change.from == 10 && change.to == 12 && change.by == "sofia" && change.of == "arben")
    #expect(desk.latestLimitChange(of: .discount, for: "dritan") == nil)
    refused(.setPerson(.adding(login: "arben", name: "Arben Hoxha", role: .manager)), on: desk, as: sofia, saying: "already on the desk")
    refused(.setPerson(.adding(login: "ilir", name: "  ", role: .manager)), on: desk, as: sofia, saying: "name")
  }

  @Test func aManagersOfferIsJudgedAgainstTheirOwnLimit() throws {
    var desk = try branch()
    let eleven = [OfferLine(scope: .category("linen"), discountPercent: 11)]
    _ = try run(.makeOffer(NewOffer(client: "CL-1", lines: eleven)), on: &desk, as: arben)
    _ = try run(.makeOffer(NewOffer(client: "CL-1", lines: eleven)), on: &desk, as: dritan)
    #expect(desk.offers["O-1"]?.status == .open, "11% is within Arben's own 12%")
    #expect(desk.offers["O-2"]?.status == .pendingApproval, "11% is beyond Dritan's 10%, the branch's")
    // Arben accepts within his limit; Dritan cannot accept his own beyond his.
    _ = try run(.accept(offer: "O-1", by: .client), on: &desk, as: arben)
    #expect(desk.offers["O-1"]?.status == .accepted)
    refused(.accept(offer: "O-2", by: .client), on: desk, as: dritan, saying: "waiting for approval")
    // The meter says whose limit it is.
    let review = desk.review(desk.offers["O-2"]!.current, client: "CL-1", now: Fixtures.now, by: "arben")
    #expect(!review.isOverLimit && review.personalLimit == 12 && review.person == "arben")
  }

  @Test func aManagerCannotSetAnyonesLimitsNotEvenTheirOwn() throws {
    let desk = try branch()
    for who in ["arben", "dritan", "Sofia"] {
      refused(.setPerson(PersonChange(person: who, discountLimit: .some(40))), on: desk, as: arben, saying: "director")
    }
    refused(.setPerson(.adding(login: "ilir", name: "Ilir Gashi", role: .manager)), on: desk, as: dritan, saying: "director")
    refused(.setPerson(PersonChange(person: "nobody", discountLimit: .some(5))), on: desk, as: sofia, saying: "no one person called nobody")
    refused(.setPerson(PersonChange(person: "arben", discountLimit: .some(100))), on: desk, as: sofia, saying: "0% to below 100%")
    refused(.setPerson(PersonChange(person: "arben", paymentTermsLimitDays: .some(400))), on: desk, as: sofia, saying: "0 to 365")
    refused(.setPerson(PersonChange(person: "arben", quota: .some(PersonQuota(amount: 0, per: .month)))), on: desk, as: sofia, saying: "more than zero")
  }

  @Test func aDirectorChangesAndGivesBackLimitsByName() throws {
    var desk = try branch()
    let events = try run(.setPerson(PersonChange(person: "Arben", paymentTermsLimitDays: .some(90))), on: &desk, as: sofia)
    #expect(desk.limits(of: "arben").paymentTermsDays == 90)
    #expect(events.contains(.limitChanged(LimitChange(kind: .paymentTerms, from: 60, to: 90, by: "sofia", at: Fixtures.now, of: "arben"))))
    _ = try run(.setPerson(PersonChange(person: "Arben Hoxha", discountLimit: .some(nil))), on: &desk, as: sofia)
    #expect(desk.people["arben"]?.discountLimit == nil && desk.limits(of: "arben").discount == 10)
    _ = try run(.setPerson(PersonChange(person: "dritan", quota: .some(PersonQuota(amount: 30_000, per: .month)))), on: &desk, as: sofia)
    #expect(desk.people["dritan"]?.quota == PersonQuota(amount: 30_000, per: .month))
    // Setting what is set changes nothing.
    #expect(try decide(.setPerson(PersonChange(person: "dritan", quota: .some(PersonQuota(amount: 30_000, per: .month)))), desk: desk, now: Fixtures.now, actor: sofia).isEmpty)
  }

  @Test func anApprovalIsJudgedAgainstTheAskersLimit() throws {
    var desk = try branch()
    // 13% is over Arben's 12%: he asks, Sofia approves; over Dritan's 10% the same holds.
    _ = try run(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .category("linen"), discountPercent: 13)])), on: &desk, as: arben)
    _ = try run(.askApproval(offer: "O-1", reason: "they buy every month"), on: &desk, as: arben)
    #expect(desk.asker(of: desk.offers["O-1"]!) == "arben")
    refused(.approve(offer: "O-1", by: nil), on: desk, as: arben, saying: "Only a director")
    _ = try run(.approve(offer: "O-1", by: nil), on: &desk, as: sofia)
    _ = try run(.accept(offer: "O-1", by: .client), on: &desk, as: arben)
    #expect(desk.offers["O-1"]?.status == .accepted)
    // 11% asked by Arben needs no approval: it is within his own limit, though over the branch's.
    _ = try run(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .category("linen"), discountPercent: 11)])), on: &desk, as: arben)
    refused(.askApproval(offer: "O-2", reason: "just in case"), on: desk, as: arben, saying: "needs no approval")
  }
}

extension PeopleTests {
  @Test func aDirectorAssignsAccountsAndNoManagerCan() throws {
    var desk = try branch()
    refused(.assignAccount(client: "CL-1", to: "arben"), on: desk, as: arben, saying: "director")
    refused(.assignAccount(client: "CL-1", to: "Ilir"), on: desk, as: sofia, saying: "no one person called Ilir")
    refused(.assignAccount(client: "CL-9", to: "arben"), on: desk, as: sofia, saying: "no client CL-9")
    _ = try run(.assignAccount(client: "CL-1", to: "Arben"), on: &desk, as: sofia)
    #expect(desk.accountManager(of: "CL-1")?.login == "arben")
    #expect(desk.accounts(of: "arben").map(\.id) == ["CL-1"])
    #expect(try decide(.assignAccount(client: "CL-1", to: "arben hoxha"), desk: desk, now: Fixtures.now, actor: sofia).isEmpty)
    _ = try run(.assignAccount(client: "CL-1", to: nil), on: &desk, as: sofia)
    #expect(desk.accountManager(of: "CL-1") == nil)
  }
}
