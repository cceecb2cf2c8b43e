/// How far ahead a follow-up list looks; overdue follow-ups are always in it.
public enum AgendaSpan: String, Sendable, Equatable {
  /// Every open follow-up.
  case all
  /// Due by the end of today.
  case today
  /// Due by the end of this week (Sunday).
  case week
}
