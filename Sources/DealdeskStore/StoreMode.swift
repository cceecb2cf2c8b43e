/// Whether this process may change the desk.
public enum StoreMode: Sendable {
  /// Takes the lock; one such process per desk.
  case readWrite
  /// Takes no lock and writes nothing, so it can look at a desk another Dealdesk has open.
  case readOnly
}
