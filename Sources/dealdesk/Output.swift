import DealdeskApp
import DealdeskStore
import Foundation

/// Writes replies unbuffered, so a piped reader sees each answer as soon as it is given.
/// Everything printed passes here, so the locale's one decision (UTF-8 or not) draws all of
/// it: bars, rules, separators and arrows in ASCII when the locale is not UTF-8.
enum Output {
  /// How the desk draws, decided once from the locale.
  static let style = ChartStyle.from(environment: ProcessInfo.processInfo.environment)

  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(drawn(text).utf8))
  }

  /// `text` as it is printed: drawn for the locale, folded to the screen, with its line end.
  /// Folded as drawn: an ASCII `->` is wider than its `→`.
  static func drawn(_ text: String) -> String {
    LineFit.fold(style.draw(text), width: Screen.current.columns) + "\n"
  }

  /// A reply on standard output: a refusal marked as one for a screen with colour; a
  /// document (an export) as it is, never folded to the screen. At a terminal (`paged`),
  /// a reply taller than the screen goes through the pager.
  static func reply(_ reply: Reply, paged: Bool = false) {
    let text =
      reply.isDocument
      ? style.draw(reply.text) + "\n" : drawn(reply.isError ? Style.refused(reply.text) : reply.text)
    if paged, !reply.isDocument {
      Pager.show(drawn: text)
    } else {
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }

  /// Text without a line end, shown at once (a demo types character by character).
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(style.draw(text).utf8))
  }

  static func err(_ text: String) {
    FileHandle.standardError.write(Data((style.draw(text) + "\n").utf8))
  }

  /// A prompt as the line editor shows it, drawn like the rest ("round 2 · Acme> ").
  static func prompt(_ text: String) -> String { style.draw(text) }

  /// A word as a shell reads it back: as it is when it is plain, else in single quotes.
  static func shellWord(_ text: String) -> String {
    let plain = !text.isEmpty && text.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_./+:@%=".unicodeScalars.contains($0) }
    return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// A throwaway desk instead of the real one: a copy of it, or an empty one.
  enum Scratch { case copy, empty }

  /// Opens the desk named by the options (or a scratch desk), or prints why not.
  static func openSession(_ options: DeskOptions, clock: DeskClock = .system, scratch: Scratch? = nil) -> Session? {
    if let data = options.data, data.trimmingCharacters(in: .whitespaces).isEmpty {
      // An unset variable in `--data "$SCRATCH"` must not fall back to the real desk.
      err("--data was given an empty folder name; name the desk's folder, or leave --data out for your own desk.")
      return nil
    }
    let environment = ProcessInfo.processInfo.environment
    let directory = DeskLocation.resolve(explicit: options.data, environment: environment)
    // The start-up choice of journal: the team desk when one is named, else the folder.
    let team = options.teamURL(environment)
    func opened(_ mode: StoreMode) throws(StoreError) -> Session {
      guard let team else { return try Session.open(.folder(directory), mode: mode, clock: clock) }
      return try Session.open(journal: try TeamSource.open(team, mode: mode, environment: environment), clock: clock)
    }
    do {
      let session: Session
      switch scratch {
      case .empty:
        session = try Session.scratch(clock: clock)
      case .copy:
        // Read-only: the copy is taken even while a manager has the desk open.
        let real = try opened(.readOnly)
        for warning in real.warnings { err("warning: \(warning)") }
        let desk = real.desk
        _ = real.close()
        session = try Session.scratch(copying: desk, clock: clock)
      case nil:
        session = try opened(options.readOnly ? .readOnly : .readWrite)
      }
      for warning in session.warnings { err("warning: \(warning)") }
      session.chartStyle = style
      return session
    } catch {
      err(error.message)
      return nil
    }
  }

  /// The folder whose practice history `dealdesk train` keeps (the desk's folder, made if
  /// missing, private as a desk's is), or nil after saying why not.
  static func trainingFolder(_ options: DeskOptions) -> URL? {
    if let data = options.data, data.trimmingCharacters(in: .whitespaces).isEmpty {
      err("--data was given an empty folder name; name the desk's folder, or leave --data out for your own desk.")
      return nil
    }
    let directory = DeskLocation.resolve(explicit: options.data, environment: ProcessInfo.processInfo.environment)
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      return directory
    } catch {
      err("Could not use \(directory.path) for the practice history: \(error.localizedDescription)")
      return nil
    }
  }
}
