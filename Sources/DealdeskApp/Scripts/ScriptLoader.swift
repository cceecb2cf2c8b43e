import Foundation

/// Reads a script and everything it includes into a `Script`, refusing it whole when any
/// part is wrong: so a typo on line 40 is found before line 1 changes the desk.
enum ScriptLoader {
  /// How deep `@include` may nest: set-up shared by a few scripts, not a program.
  static let maxDepth = 8

  /// A script on the way to the one being read, outermost first.
  struct Link {
    let identity: String
    let name: String
  }

  /// The script at `path`, named `name` in messages.
  static func load(path: String, name: String) -> Result<Script, ScriptProblem> {
    load(path: path, name: name, identity: identity(of: path), chain: [])
  }

  /// A script held in memory (a test's, say), named `name`; `@include` is relative to `folder`.
  static func load(text: String, name: String, folder: URL) -> Result<Script, ScriptProblem> {
    let path = folder.appendingPathComponent(URL(fileURLWithPath: name).lastPathComponent).path
    return parse(ScriptRunner.lines(of: text), path: path, name: name, identity: identity(of: path), chain: [])
  }

  /// The file's resolved absolute path: `a.desk`, `./a.desk` and a link to it are one script.
  static func identity(of path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  private static func load(path: String, name: String, identity: String, chain: [Link]) -> Result<Script, ScriptProblem> {
    switch ScriptFile.lines(atPath: path, shownAs: name) {
    case .failure(let problem): return .failure(problem)
    case .success(let lines): return parse(lines, path: path, name: name, identity: identity, chain: chain)
    }
  }

  private static func parse(_ text: [String], path: String, name: String, identity: String, chain: [Link]) -> Result<Script, ScriptProblem> {
    // A final newline ends the last line; it does not start an empty one.
    let lines = text.last == "" ? text.dropLast() : text[...]
    let here = chain + [Link(identity: identity, name: name)]
    var steps: [Script.Step] = []
    // Whether an expectation on this line has a command of this file to check.
    var commandBefore = false
    for (index, text) in lines.enumerated() {
      let number = index + 1
      func problem(_ message: String) -> Result<Script, ScriptProblem> {
        .failure(ScriptProblem(file: name, line: number, message))
      }
      let trimmed = text.trimming(.whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") {
        steps.append(.init(text: text, number: number, kind: .remark))
        continue
      }
      guard trimmed.hasPrefix("@") else {
        steps.append(.init(text: text, number: number, kind: .command(trimmed)))
        commandBefore = true
        continue
      }
      let kind: Script.Step.Kind
      switch ScriptDirective.parse(trimmed) {
      case .failure(let error):
        return problem(error.message)
      case .success(.now):
        kind = .now(trimmed)
      case .success(.expect(let expected)):
        guard commandBefore else { return problem(nothingToCheck("@expect")) }
        kind = .expect(expected)
      case .success(.expectError(let expected)):
        guard commandBefore else { return problem(nothingToCheck("@expect-error")) }
        kind = .expectError(expected)
      case .success(.include(let target)):
        let included = resolve(target, from: path, shownFrom: name)
        let includedIdentity = Self.identity(of: included.path)
        if let start = here.firstIndex(where: { $0.identity == includedIdentity }) {
          let cycle = (here[start...].map(\.name) + [included.name]).joined(separator: " → ")
          return problem("@include \(target) makes a cycle: \(cycle). A script cannot include itself, even through another.")
        }
        guard here.count < maxDepth else {
          let nesting = (here.map(\.name) + [included.name]).joined(separator: " → ")
          return problem("@include nests more than \(maxDepth) scripts deep: \(nesting).")
        }
        switch load(path: included.path, name: included.name, identity: includedIdentity, chain: here) {
        case .failure(let inner):
          // Where the include is, then what is wrong inside it.
          guard inner.line == nil else { return .failure(inner) }
          return problem("@include \(target): \(inner.description)")
        case .success(let script):
          kind = .include(script)
        }
        // An expectation after an include would check a line of another file.
        commandBefore = false
      }
      steps.append(.init(text: text, number: number, kind: kind))
    }
    return .success(Script(name: name, identity: identity, steps: steps))
  }

  private static func nothingToCheck(_ directive: String) -> String {
    "\(directive) checks the reply to the command on the line before it, and there is none; put it right after a command."
  }

  /// Where an included script is (relative to the including file's folder), and how messages
  /// name it (relative to how the including file was named, without `.` and `x/..` steps).
  static func resolve(_ target: String, from path: String, shownFrom name: String) -> (path: String, name: String) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    let resolved = URL(fileURLWithPath: target, relativeTo: folder).standardizedFileURL.path
    if target.hasPrefix("/") { return (resolved, tidy(target)) }
    let nameFolder = name.lastIndex(of: "/").map { String(name[...$0]) } ?? ""
    return (resolved, tidy(nameFolder + target))
  }

  /// `demos/../setup/./a.desk` → `setup/a.desk`; a leading `..` stays, as it leads somewhere.
  static func tidy(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: false) {
      switch part {
      case ".": continue
      case "..":
        if let last = parts.last, last != "..", !last.isEmpty { parts.removeLast() } else { parts.append(part) }
      default:
        if part.isEmpty, !parts.isEmpty { continue }  // "a//b", but keep the root's empty part
        parts.append(part)
      }
    }
    let tidied = parts.joined(separator: "/")
    return tidied.isEmpty ? "." : tidied
  }
}
