import DealdeskCore
import Foundation
import Testing

/// Cover during an absence and numbers per person (issue 19, items 6 and 8): `away … , Arben
/// covers` hands the accounts over for those days only; what the colleague does for them is
/// marked as done in cover; bad input is refused with nothing changed. Per person, every figure
/// is the branch's definition restricted to one's accounts, so they add up to the branch's.
@Suite struct CoverTests {
  private let sofia = TeamFixture.sofia
  private let arben = TeamFixture.arben
  private let bora = TeamFixture.bora
  /// 28 Nov 2026 10:00; the absence is 1–3 Dec.
  private let now = Fixtures.now
  private func day(_ n: Int, hour: Int = 10) -> Date {
    DeskDate.calendar.date(from: DateComponents(year: 2026, month: 12, day: n, hour: hour)) ?? now
  }

  private func run(_ command: Command, on desk: inout Desk, as actor: Acting, at time: Date? = nil) throws(DeskError) -> [Event] {
    try TeamFixture.run(command, on: &desk, as: actor, at: time ?? now)
  }

  /// Sofia (director), Arben and Bora (managers); Acme is Bora's account, Corda nobody's.
  private func branch() throws -> Desk {
    var desk = Fixtures.desk()
    desk.apply(.clientAdded(Client(id: "CL-2", name: "Corda Mills", addedAt: now)))
    _ = try run(.setPerson(.adding(login: "sofia", name: "Sofia Marku", role: .director)), on: &desk, as: sofia)
    _ = try run(.setPerson(.adding(login: "arben", name: "Arben Hoxha", role: .manager)), on: &desk, as: sofia)
    _ = try run(.setPerson(.adding(login: "bora", name: "Bora Leka", role: .manager, quota: PersonQuota(amount: 3_000, per: .month))), on: &desk, as: sofia)
    _ = try run(.assignAccount(client: "CL-1", to: "bora"), on: &desk, as: sofia)
    return desk
  }

  private func away(_ from: Int, _ to: Int, cover: String) -> Command { away(for: nil, from, to, cover: cover) }

  private func away(for person: String?, _ from: Int, _ to: Int, cover: String) -> Command {
    .setAbsence(AbsenceAsk(person: person, from: day(from, hour: 0), to: day(to, hour: 0), cover: cover))
  }

  private func refused(_ command: Command, on desk: Desk, as actor: Acting, saying words: String, sourceLocation: SourceLocation = #_sourceLocation) {
    TeamFixture.refused(command, on: desk, as: actor, at: now, saying: words, sourceLocation: sourceLocation)
  }

  @Test func awayHandsTheAccountsOverForThoseDaysOnly() throws {
    var desk = try branch()
    let events = try run(away(1, 3, cover: "Arben"), on: &desk, as: bora)
    let absence = Absence(person: "bora", from: day(1, hour: 0), to: day(3, hour: 0), cover: "arben", by: "bora", at: now)
    #expect(events == [Event.absenceSet(absence)])
    #expect(desk.accountHolder(of: "CL-1", on: day(1))?.login == "arben")
    #expect(desk.accountHolder(of: "CL-1", on: day(3, hour: 23))?.login == "arben")
    #expect(desk.accountHolder(of: "CL-1", on: now)?.login == "bora", "not before the first day")
    #expect(desk.accountHolder(of: "CL-1", on: day(4))?.login == "bora", "back the day after the last")
    #expect(desk.accountHolder(of: "CL-2", on: day(2)) == nil, "nobody's account stays nobody's")
    #expect(desk.accountManager(of: "CL-1")?.login == "bora", "the account stays Bora's: cover is not a reassignment")
    #expect(desk.coverDuties(of: "arben", at: now) == [absence], "told before it starts")
    #expect(desk.coverDuties(of: "arben", at: day(4)).isEmpty)
    // A director may set anyone's.
    _ = try run(away(for: "arben", 10, 12, cover: "bora"), on: &desk, as: sofia)
    #expect(desk.absence(of: "arben", on: day(11))?.by == "sofia")
  }

  @Test func whatTheCoverDoesIsMarkedAsDoneInCover() throws {
    var desk = try branch()
    _ = try run(away(1, 3, cover: "Arben"), on: &desk, as: bora)
    let note = Command.addNote(NewNote(client: "CL-1", text: "called about swatches"))
    let inCover = try run(note, on: &desk, as: arben, at: day(2))
    #expect(inCover.last == .doneInCover(CoverMark(client: "CL-1", covering: "bora", by: "arben", at: day(2))))
    #expect(desk.coverMarks.count == 1)
    // Not before the absence, not for nobody's account, not by Bora herself, not by someone else.
    #expect(try run(note, on: &desk, as: arben, at: now).allSatisfy { if case .doneInCover = $0 { false } else { true } })
    #expect(try run(.addNote(NewNote(client: "CL-2", text: "x")), on: &desk, as: arben, at: day(2)).count == 1)
    #expect(try run(note, on: &desk, as: bora, at: day(2)).count == 1)
    #expect(try run(note, on: &desk, as: sofia, at: day(2)).count == 1)
    #expect(try run(note, on: &desk, as: arben, at: day(4)).count == 1)
    #expect(desk.coverMarks.count == 1)
  }

  @Test func badAbsencesAreRefusedWithNothingChanged() throws {
    let desk = try branch()
    refused(away(3, 1, cover: "Arben"), on: desk, as: bora, saying: "ends")
    refused(away(1, 3, cover: "Bora"), on: desk, as: bora, saying: "cannot cover for themself")
    refused(away(1, 3, cover: "Ilir"), on: desk, as: bora, saying: "no one person called Ilir")
    refused(away(for: "bora", 1, 3, cover: "Arben"), on: desk, as: arben, saying: "Only Bora or a director")
    refused(away(for: "nobody", 1, 3, cover: "Arben"), on: desk, as: sofia, saying: "no one person called nobody")
    let past = Command.setAbsence(AbsenceAsk(from: day(1, hour: 0).addingTimeInterval(-30 * 86_400), to: day(1, hour: 0).addingTimeInterval(-20 * 86_400), cover: "Arben"))
    refused(past, on: desk, as: bora, saying: "past")
    var both = desk
    _ = try run(away(for: "arben", 2, 5, cover: "Sofia"), on: &both, as: sofia)
    refused(away(1, 3, cover: "Arben"), on: both, as: bora, saying: "Arben is away too")
    // A one-person desk has nobody to hand over to.
    TeamFixture.refused(away(1, 3, cover: "Arben"), on: Fixtures.desk(), as: .deskOwner, at: now, saying: "team desk's")
    #expect(desk.absences.isEmpty)
  }

  @Test func aQuotaPerMonthIsScaledToThePeriodAsked() {
    let monthly = PersonQuota(amount: 30_000, per: .month)
    #expect(monthly.amount(for: Period(kind: .quarter, year: 2026, index: 4)) == 90_000)
    #expect(monthly.amount(for: Period(kind: .year, year: 2026, index: 1)) == 360_000)
    let yearly = PersonQuota(amount: 120_000, per: .year)
    #expect(yearly.amount(for: Period(kind: .month, year: 2026, index: 12)) == 10_000)
    #expect(yearly.amount(for: Period(kind: .quarter, year: 2026, index: 1)) == 30_000)
  }

  /// Over seeded random desks (the ledger's sequences: orders shipped, credit notes, returns),
  /// clients given at random to two managers or to nobody: each person's figures plus the
  /// unassigned clients' add up to the branch's, and each is the branch's definition restricted.
  @Test func perPersonFiguresAddUpToTheBranchs() throws {
    for seed in UInt64(1)...60 {
      var sequence = LedgerSequence(seed: seed)
      var (desk, _) = sequence.setUp()
      var now = sequence.start
      for _ in 0..<25 {
        now = sequence.later(now)
        let (_, command) = sequence.command(on: desk)
        if let events = try? decide(command, desk: desk, now: now) { desk.apply(events) }
      }
      desk.apply(.personSet(Person(login: "sofia", name: "Sofia Marku", role: .director)))
      desk.apply(.personSet(Person(login: "arben", name: "Arben Hoxha", role: .manager, quota: PersonQuota(amount: 5_000, per: .month))))
      desk.apply(.personSet(Person(login: "bora", name: "Bora Leka", role: .manager)))
      var rng = SplitMix64(seed: seed)
      for client in desk.clientsInOrder {
        if let login = rng.pick(["arben", "bora", "sofia", ""]), !login.isEmpty { desk.apply(.accountAssigned(client: client.id, to: login)) }
      }
      for period in [Period.month(of: now), Period.quarter(of: now), Period.year(of: now)] {
        let numbers = desk.teamNumbers(for: period, now: now)
        let rows = numbers.people + (numbers.unassigned.map { [$0] } ?? [])
        let branch = numbers.branch.card
        #expect(rows.reduce(Decimal(0)) { $0 + $1.card.sales } == branch.sales, "seed \(seed), \(period.label): sales")
        #expect(branch.sales == desk.sales(in: period), "seed \(seed): the branch's row is the branch's sales")
        #expect(rows.reduce(0) { $0 + $1.card.justifiedClaims } == branch.justifiedClaims, "seed \(seed): justified claims")
        #expect(rows.reduce(0) { $0 + $1.card.followUpsDue } == branch.followUpsDue, "seed \(seed): follow-ups due")
        #expect(rows.reduce(0) { $0 + $1.card.missedFollowUps.count } == branch.missedFollowUps.count, "seed \(seed): follow-ups missed")
        #expect(rows.reduce(0) { $0 + $1.card.registrationDelays.count } == branch.registrationDelays.count, "seed \(seed): promises")
        #expect(rows.reduce(Decimal(0)) { $0 + $1.card.growth.salesBefore } == branch.growth.salesBefore, "seed \(seed): growth's basis")
        #expect(rows.reduce(0) { $0 + $1.clients } == desk.clients.count, "seed \(seed): every client counted once")
        let arben = try #require(numbers.people.first { $0.person?.login == "arben" })
        #expect(arben.card.quota == PersonQuota(amount: 5_000, per: .month).amount(for: period))
        let own = Set(desk.accounts(of: "arben").map(\.id))
        #expect(arben.card.sales == desk.sales(in: period, among: own), "seed \(seed)")
      }
    }
  }
}
