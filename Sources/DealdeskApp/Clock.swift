import Foundation

/// Where "now" comes from. Injected so that tests and scripts are exact; `@now` in a script
/// pins it.
public struct DeskClock: Sendable {
  public var now: @Sendable () -> Date

  public init(now: @escaping @Sendable () -> Date) { self.now = now }

  /// The wall clock, read as desk time: local wall-clock time kept in the desk's UTC calendar.
  public static let system = DeskClock {
    let date = Date()
    return date.addingTimeInterval(TimeInterval(TimeZone.current.secondsFromGMT(for: date)))
  }

  public static func fixed(_ date: Date) -> DeskClock { DeskClock { date } }
}
