/// One line of the journal. The store knows nothing of what an entry means; it needs the
/// sequence number only to tell which entries a snapshot already covers.
public protocol JournalEntry: Codable, Sendable {
  /// Strictly increasing across the desk's life; entries at or below the snapshot's
  /// `seq` are skipped on load.
  var seq: Int { get }
}
