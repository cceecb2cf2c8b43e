import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Cover during an absence and the team's numbers, as typed on a team desk (issue 19). The
/// clock is Monday 30 November 2026: "3 Jan" typed in December's run-up is next January.
@Suite struct CoverPhrasingTests {
  /// The phrasing desk with Sofia (director), Arben and Bora Leka (managers) on it.
  static let team: Desk = {
    var desk = PhrasingDesk.desk
    desk.apply(.personSet(Person(login: "sofia", name: "Sofia Marku", role: .director)))
    desk.apply(.personSet(Person(login: "arben", name: "Arben Hoxha", role: .manager)))
    desk.apply(.personSet(Person(login: "bleka", name: "Bora Leka", role: .manager)))
    return desk
  }()

  static func away(_ person: String? = nil, from: Date, to: Date, cover: String) -> Expected {
    .intent(.command(.setAbsence(AbsenceAsk(person: person, from: from, to: to, cover: cover))))
  }

  static let dec20 = at(2026, 12, 20), jan3 = at(2027, 1, 3)
  static let example = "e.g. away 20 Dec – 3 Jan, Arben covers"

  static let absences: [Row] = [
    Row("away 20 Dec – 3 Jan, Arben covers", on: team, away(from: dec20, to: jan3, cover: "arben")),
    Row("away 20 Dec - 3 Jan, Arben covers", on: team, away(from: dec20, to: jan3, cover: "arben")),
    Row("away from 20 Dec to 3 Jan, Arben covers", on: team, away(from: dec20, to: jan3, cover: "arben")),
    Row("away 20 dec until 3 jan; arben will cover", on: team, away(from: dec20, to: jan3, cover: "arben")),
    Row("out of office 20 Dec – 3 Jan, covered by Arben Hoxha", on: team, away(from: dec20, to: jan3, cover: "arben")),
    Row("I'm away 20/12 to 3/1, Arben is covering", on: team, away(from: dec20, to: jan3, cover: "arben")),
    // A director, for someone else.
    Row("away Bora 20 Dec – 3 Jan, Arben covers", on: team, away("bleka", from: dec20, to: jan3, cover: "arben")),
    // Refused, naming what was not read.
    Row("away 20 Dec – 3 Jan, Ilir covers", on: team, fails("There is nobody called Ilir on this desk to cover.", "The people here: Sofia, Arben, Bora.")),
    Row("away 20 Dec – 3 Jan", on: team, fails("Who covers while you are away?", example)),
    Row("away 20 Dec, Arben covers", on: team, fails("Away until when? Give the last day too.", example)),
    Row("away 20 Dec – 31 Feb, Arben covers", on: team, fails("There is no 31 February.")),
    Row("away 20 Dec 10:00 – 3 Jan, Arben covers", on: team, fails("An absence is whole days: leave out the time.", example)),
    Row("away soon, Arben covers", on: team, fails("From when?", example)),
    // A one-person desk reads the name as typed, for the desk to refuse cover as a team desk's.
    Row("away 20 Dec – 3 Jan, Arben covers", away(from: dec20, to: jan3, cover: "Arben")),
  ]

  static let numbers: [Row] = [
    Row("team quota", on: team, ask(.teamQuota(period: nil))),
    Row("team quota this quarter", on: team, ask(.teamQuota(period: ReportPhrasingTests.q4))),
    Row("quota per person this month", on: team, ask(.teamQuota(period: ReportPhrasingTests.november))),
    Row("team report", on: team, ask(.teamReport(period: ReportPhrasingTests.q4))),
    Row("team report last month", on: team, ask(.teamReport(period: ReportPhrasingTests.october))),
    Row("numbers per person this year", on: team, ask(.teamReport(period: ReportPhrasingTests.year))),
  ]

  @Test(arguments: absences) func awayAndWhoCovers(_ row: Row) { row.check() }
  @Test(arguments: numbers) func theTeamsNumbers(_ row: Row) { row.check() }
}
