/// A refusal from the domain, worded for the manager, with a suggestion where one helps.
public struct DeskError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String
  public var suggestion: String?

  public init(_ message: String, suggestion: String? = nil) {
    self.message = message
    self.suggestion = suggestion
  }

  public var description: String {
    guard let suggestion else { return message }
    return "\(message) \(suggestion)"
  }
}
