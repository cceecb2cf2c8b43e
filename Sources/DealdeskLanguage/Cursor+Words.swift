extension Cursor {
  /// Skips words a question may carry that change nothing about the answer ("who hasn't paid
  /// yet", "any overdue payments", "samples running low"), with filler among them.
  mutating func skipWords(_ words: Set<String>) {
    while let token = current, token.kind == .word, words.contains(token.folded) || isFiller(token) {
      roles[index] = words.contains(token.folded) ? "word" : "filler"
      index += 1
    }
  }
}
