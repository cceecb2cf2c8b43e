/// One line of the journal. The store knows nothing of what an entry means; it needs the
/// sequence number only to tell which entries a snapshot already covers.
public protocol JournalEntry: Codable, Sendable {
  /// Strictly increasing across the desk's life; entries at or below the snapshot's
  /// `seq` are skipped on load.
  var seq: Int { get }

  /// Why this entry, as read from the journal, holds a value the desk would refuse if it
  /// were typed (a count of -2^63, a date in 1066), as the middle of a sentence; nil when
  /// it holds none. The store refuses such a line as damage, and `repair` sets it aside.
  func valueProblem() -> String?

  /// Who committed it, as a shared journal's server knows them (never as the entry itself
  /// claims: the journal sets it on reading); nil in a folder of the manager's own.
  var author: String? { get set }
}

extension JournalEntry {
  /// An entry type with no values to range-check.
  public func valueProblem() -> String? { nil }

  /// An entry type that keeps no author.
  public var author: String? {
    get { nil }
    set {}
  }
}
