// Everything that touches GNU readline. readline keeps its state in C globals and calls
// back through C function pointers that cannot capture, so the little state we need
// is global too. readline runs on the one thread that calls `readLine`; the SIGINT
// handler only sets a flag. (`@preconcurrency`: readline's globals are C globals.)
@preconcurrency internal import CReadline
import Glibc
import Synchronization

/// The app's completer, set once by `GNUReadline.start` and read by `attemptCompletion`.
private let completer = Mutex<(@Sendable (String, Int) -> [CompletionMatch])?>(nil)

/// The candidates of the completion in progress, handed to readline one by one.
nonisolated(unsafe) private var candidates: [CompletionMatch] = []
nonisolated(unsafe) private var nextCandidate = 0

/// Set by the SIGINT handler, to which readline passes on a Ctrl-C it caught.
nonisolated(unsafe) private var sigintReceived = false
/// The line the callback interface delivered; nil while the user is still typing.
nonisolated(unsafe) private var finishedLine: LineRead?

private let historyLimit: Int32 = 1000

enum GNUReadline {
  static func start(completer provider: @escaping @Sendable (String, Int) -> [CompletionMatch]) {
    // In the "C" locale readline edits bytes: Backspace would split an "ë". readline
    // sets LC_CTYPE again from LC_ALL, LC_CTYPE or LANG on every call, so an explicit
    // LANG=C would undo a plain setlocale: the fallback goes into the environment too.
    let locale = setlocale(LC_ALL, "").map { String(cString: $0) }
    if locale == nil || locale == "C" || locale == "POSIX" {
      setenv("LC_ALL", "C.UTF-8", 1)
      _ = setlocale(LC_ALL, "")
    }

    completer.withLock { $0 = provider }
    rl_readline_name = UnsafePointer(strdup("dealdesk"))  // for `$if dealdesk` in ~/.inputrc
    rl_attempted_completion_function = attemptCompletion
    // Only spaces and tabs separate words, so "LIN-220" is one word.
    rl_completer_word_break_characters = UnsafePointer(strdup(" \t"))
    // One Tab completes the common prefix and lists the candidates. Set before the
    // first readline() call, so the user's ~/.inputrc can still say otherwise.
    rl_variable_bind("show-all-if-ambiguous", "on")
    // Names complete whatever case the manager types ("li" → "Linen 220", "linen").
    rl_variable_bind("completion-ignore-case", "on")

    // Ctrl-C: readline's own handler cleans up, echoes ^C and passes the signal on to
    // this one, which only sets a flag. Its handlers stay in place while we wait for a
    // key (so it also follows window resizes and Ctrl-Z). Between lines the flag is
    // dropped: Ctrl-C never kills the session halfway through a command.
    sigintReceived = false  // initialise the global before a signal handler can touch it
    signal(SIGINT) { _ in sigintReceived = true }
    rl_persistent_signal_handlers = 1

    using_history()
  }

  /// Reads a line with readline's callback interface: readline() itself goes back to
  /// waiting after a Ctrl-C, whereas here the wait is ours and can end the line.
  static func readLine(prompt: String, idle: (() -> [String])? = nil) -> LineRead {
    sigintReceived = false
    finishedLine = nil
    rl_callback_handler_install(prompt, lineHandler)  // shows the prompt
    while true {
      if let line = finishedLine {
        // Ctrl-D on an empty line: leave the terminal on a fresh line.
        if line == .endOfInput { newline() }
        return line
      }
      if sigintReceived {
        rl_callback_handler_remove()
        newline()  // after the ^C readline echoed
        return .interrupted
      }
      var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
      // A Ctrl-C that lands while readline is busy with a key is held by readline until it
      // checks for signals; waiting without a limit then would swallow it until the next
      // key. So the wait wakes five times a second to let readline act on what it holds.
      let ready = poll(&input, 1, 200)
      if ready > 0 {
        rl_callback_read_char()  // may call lineHandler
        rl_check_signals()
      } else if ready == 0 || errno == EINTR {
        rl_check_signals()  // let readline act on the signal it caught
        if let idle { printAbove(idle()) }
      } else {
        rl_callback_handler_remove()
        return .endOfInput
      }
    }
  }

  /// Prints whole lines above the prompt, then draws the prompt and the half-typed line
  /// again as they were (cursor included). Measured: rl_message and rl_save_prompt lose the
  /// prompt after a Ctrl-R; this does not (POSTGRES.md).
  private static func printAbove(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    rl_clear_visible_line()
    let out = rl_outstream ?? stdout
    for line in lines { fputs(line + "\n", out) }
    fflush(out)
    rl_forced_update_display()
  }

  private static func newline() {
    fputs("\n", rl_outstream ?? stdout)
    fflush(rl_outstream ?? stdout)
  }

  /// `path`, created 0600 if missing, when it is a plain file; nil (history kept in
  /// memory only) when it is a link, a pipe, a device or a folder, or cannot be opened.
  static func plainHistoryFile(_ path: String) -> String? {
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    return path
  }

  static func loadHistory(from path: String) {
    stifle_history(historyLimit)
    read_history(path)
    history_truncate_file(path, historyLimit)
  }

  static func remember(_ line: String, historyFile path: String?) {
    if let previous = history_get(history_base + history_length - 1),
      let text = previous.pointee.line, String(cString: text) == line
    {
      return
    }
    add_history(line)
    guard let path else { return }
    // Append at once, so the line survives a crash. If the file vanished, write it anew.
    if append_history(1, path) != 0 { write_history(path) }
  }
}

/// Called by readline with the finished line (malloc'ed, ours to free), or nil for
/// Ctrl-D on an empty line. Hands the terminal back before the app prints a reply.
private func lineHandler(_ line: UnsafeMutablePointer<CChar>?) {
  defer { free(line) }
  finishedLine = line.map { .line(String(cString: $0)) } ?? .endOfInput
  rl_callback_handler_remove()
}

/// readline's `rl_attempted_completion_function`. `start` is a byte offset into
/// `rl_line_buffer`; the completer wants a character offset.
private func attemptCompletion(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  rl_attempted_completion_over = 1  // never fall back to file names
  guard let text, let buffer = rl_line_buffer, let complete = completer.withLock({ $0 }) else {
    return nil
  }
  let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(rl_end))
  let line = String(decoding: bytes, as: UTF8.self)
  let wordStart = String(decoding: bytes.prefix(Int(start)), as: UTF8.self).count
  candidates = complete(line, wordStart)
  guard !candidates.isEmpty else { return nil }
  // Candidates with notes are listed by the desk, one a line; plain names keep readline's
  // own listing in columns, which packs many short words on one screen.
  rl_completion_display_matches_hook = candidates.contains { $0.note != nil } ? listWithNotes : nil
  // rl_completion_matches puts the candidates' common prefix first, as readline expects.
  return rl_completion_matches(text, nextMatch)
}

/// The generator for `rl_completion_matches`: one `strdup`ed candidate per call
/// (readline frees them), nil when done.
private func nextMatch(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
  if state == 0 { nextCandidate = 0 }
  guard nextCandidate < candidates.count else { return nil }
  defer { nextCandidate += 1 }
  return strdup(candidates[nextCandidate].text)
}

/// readline's `rl_completion_display_matches_hook`: lists the matches (readline has sorted them
/// as text, S-10 before S-2, and dropped repeats) in the completer's order, each with its note,
/// cut to the screen's width; then redraws the prompt and the line, as readline's own listing does.
private func listWithNotes(
  _ matches: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ count: Int32, _ longest: Int32
) {
  guard let matches, count > 0 else { return }
  // matches[0] is the common prefix; the matches themselves follow it.
  var kept: Set<String> = []
  for index in 1...Int(count) { if let match = matches[index] { kept.insert(String(cString: match)) } }
  var listed: [CompletionMatch] = []
  for candidate in candidates where kept.contains(candidate.text) && !listed.contains(where: { $0.text == candidate.text }) {
    listed.append(candidate)
  }
  var rows: Int32 = 0
  var columns: Int32 = 0
  rl_get_screen_size(&rows, &columns)
  let width = listed.map(\.text.count).max() ?? 0
  let out = rl_outstream ?? stdout
  rl_crlf()
  for candidate in listed {
    let text = candidate.note.map { candidate.text.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0 } ?? candidate.text
    fputs(ListedLine.fit(text, columns: Int(columns)), out)
    rl_crlf()
  }
  fflush(out)
  rl_forced_update_display()
}
