/// Something wrong with a script or one of its lines, named where it is, the way compilers
/// do it ("demo.desk:12: …"), so an editor can jump there.
public struct ScriptProblem: Error, Equatable, Sendable, CustomStringConvertible {
  /// The script as the manager named it (or as an including script led to it).
  public var file: String
  /// 1-based; nil when the trouble is the whole file (missing, a folder, too big).
  public var line: Int?
  /// What is wrong, without the location.
  public var message: String

  public init(file: String, line: Int?, _ message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    guard let line else { return "\(file): \(message)" }
    return "\(file):\(line): \(message)"
  }
}
