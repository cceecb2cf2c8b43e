/// Who made a move in a negotiation.
public enum Party: String, Codable, Sendable, Equatable {
  case us, client
}
