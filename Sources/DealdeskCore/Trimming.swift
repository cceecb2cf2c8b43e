import Foundation

extension String {
  /// `trimmingCharacters(in:)`, answered at once when both ends are printable ASCII (never
  /// white space), as typed lines nearly always are: Foundation's pass was a twentieth of
  /// replaying a script.
  public func trimming(_ set: CharacterSet) -> String {
    let printable: ClosedRange<UInt8> = 0x21...0x7E
    if let first = utf8.first, let last = utf8.last, printable.contains(first), printable.contains(last) { return self }
    return trimmingCharacters(in: set)
  }
}
