import DealdeskCore
import Foundation
import Testing

/// The people of a team desk as the core's tests act as them: a director and three managers,
/// a command run as one of them, and one that must be refused and change nothing.
enum TeamFixture {
  static let sofia = Acting(name: "sofia", roles: [.manager, .director])
  static let arben = Acting(name: "arben", roles: [.manager])
  static let bora = Acting(name: "bora", roles: [.manager])
  static let dritan = Acting(name: "dritan", roles: [.manager])

  static func run(_ command: Command, on desk: inout Desk, as actor: Acting, at time: Date = Fixtures.now) throws(DeskError) -> [Event] {
    let events = try decide(command, desk: desk, now: time, actor: actor)
    desk.apply(events)
    return events
  }

  /// Decides `command` as `actor`, which must be refused with `words` in its message.
  static func refused(
    _ command: Command, on desk: Desk, as actor: Acting, at time: Date = Fixtures.now, saying words: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    do {
      let events = try decide(command, desk: desk, now: time, actor: actor)
      Issue.record("\(command) was not refused: \(events)", sourceLocation: sourceLocation)
    } catch {
      #expect(error.description.contains(words), "\(error.description)", sourceLocation: sourceLocation)
    }
  }
}
