import Foundation

/// A moment named in a line. Without a time it is the start of the day.
public struct DateMatch: Equatable, Sendable {
  public var date: Date
  /// Whether a time of day was written, so a follow-up can say "at 10:00" or not.
  public var hasTime: Bool

  public init(date: Date, hasTime: Bool) {
    self.date = date
    self.hasTime = hasTime
  }
}

/// A date or time that reads as one but does not exist: "31 feb", "25:00".
public struct DateError: Error, Equatable, Sendable {
  /// What is wrong, in a manager's words: "there is no 31 February".
  public var message: String

  public init(message: String) {
    self.message = message
  }
}
