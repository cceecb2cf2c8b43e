import DealdeskApp
import Foundation
import Testing

/// On a one-person desk, cover and the team's numbers are answered for what they are: a team
/// desk's. Nothing is changed and nothing is misread.
@Suite struct LocalCoverTests {
  @Test func awayAndTheTeamsNumbersAreATeamDesks() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    #expect(!session.handle("load sample data").isError)
    let away = session.handle("away 20 Dec – 3 Jan, Arben covers")
    #expect(away.isError)
    #expect(away.text.hasPrefix("Absences and cover are a team desk's"), "\(away.text)")
    #expect(session.handle("team quota").text.hasPrefix("team quota is a team desk's"))
    #expect(session.handle("team report").text.hasPrefix("team report is a team desk's"))
    #expect(!session.banner.contains("You cover"))
  }
}
