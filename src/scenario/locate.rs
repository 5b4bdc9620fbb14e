//! Finds where a value sits in RON source text, so semantic errors (an unknown
//! target, a value out of range) can name a line and column like syntax errors do.
//!
//! A small tokenizer and walker over RON's structure: it follows a path of field
//! names and list indices from the top-level value.

use crate::error::SourcePosition;

/// One step of a path into the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

impl From<&str> for Seg {
    fn from(key: &str) -> Self {
        Seg::Key(key.to_string())
    }
}

impl From<usize> for Seg {
    fn from(i: usize) -> Self {
        Seg::Index(i)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    Ident(String),
    Open(char),
    Close,
    Colon,
    Comma,
    Atom,
}

#[derive(Debug, Clone)]
pub(super) struct Token {
    pub tok: Tok,
    pub at: SourcePosition,
    /// Byte offsets of the token in the text: `text[start..end]`.
    pub start: usize,
    pub end: usize,
}

/// Walks the source text keeping line and column (1-based, as editors count).
struct Cursor {
    chars: Vec<char>,
    i: usize,
    /// Byte offset of `chars[i]`.
    byte: usize,
    line: usize,
    col: usize,
}

impl Cursor {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.i + ahead).copied()
    }

    fn bump(&mut self) {
        if let Some(c) = self.peek(0) {
            self.i += 1;
            self.byte += c.len_utf8();
            if c == '\n' {
                self.line += 1;
                self.col = 1;
            } else {
                self.col += 1;
            }
        }
    }

    fn at(&self) -> SourcePosition {
        SourcePosition {
            line: self.line,
            column: self.col,
        }
    }
}

/// The text's tokens, comments and whitespace left out.
pub(super) fn tokenize(text: &str) -> Vec<Token> {
    let mut cur = Cursor {
        chars: text.chars().collect(),
        i: 0,
        byte: 0,
        line: 1,
        col: 1,
    };
    let mut tokens = Vec::new();
    while let Some(c) = cur.peek(0) {
        let at = cur.at();
        let start = cur.byte;
        if c.is_whitespace() {
            cur.bump();
        } else if c == '/' && cur.peek(1) == Some('/') {
            while cur.peek(0).is_some_and(|c| c != '\n') {
                cur.bump();
            }
        } else if c == '/' && cur.peek(1) == Some('*') {
            cur.bump();
            cur.bump();
            while cur.peek(0).is_some() && !(cur.peek(0) == Some('*') && cur.peek(1) == Some('/')) {
                cur.bump();
            }
            cur.bump();
            cur.bump();
        } else if c == '"' {
            cur.bump();
            while cur.peek(0).is_some_and(|c| c != '"') {
                if cur.peek(0) == Some('\\') {
                    cur.bump();
                }
                cur.bump();
            }
            cur.bump();
            tokens.push(Token {
                tok: Tok::Atom,
                at,
                start,
                end: cur.byte,
            });
        } else if c.is_alphabetic() || c == '_' {
            let mut name = String::new();
            while let Some(c) = cur.peek(0).filter(|c| c.is_alphanumeric() || *c == '_') {
                name.push(c);
                cur.bump();
            }
            tokens.push(Token {
                tok: Tok::Ident(name),
                at,
                start,
                end: cur.byte,
            });
        } else {
            let tok = match c {
                '(' | '[' | '{' => Tok::Open(c),
                ')' | ']' | '}' => Tok::Close,
                ':' => Tok::Colon,
                ',' => Tok::Comma,
                _ => Tok::Atom,
            };
            let literal = tok == Tok::Atom;
            cur.bump();
            // Numbers and other atoms: swallow the rest of the literal.
            while literal
                && cur
                    .peek(0)
                    .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'))
            {
                cur.bump();
            }
            tokens.push(Token {
                tok,
                at,
                start,
                end: cur.byte,
            });
        }
    }
    tokens
}

/// Position of the value at `path`, or of the deepest part of the path that exists.
/// (Locating many values in one text: build a [`Locator`] once.)
pub fn locate(text: &str, path: &[Seg]) -> Option<SourcePosition> {
    Locator::new(text).locate(path)
}

/// A text tokenized once, with the items of every container listed, so that locating
/// each of many problems costs only the path's length (error reports stay linear in
/// their number, however many there are).
#[derive(Debug, Clone)]
pub struct Locator {
    tokens: Vec<Token>,
    /// For each container's opening token, the token index where each item starts.
    items: std::collections::HashMap<usize, Vec<usize>>,
}

impl Locator {
    pub fn new(text: &str) -> Self {
        let tokens = tokenize(text);
        let items = items_of_every_container(&tokens);
        Self { tokens, items }
    }

    /// See [`locate`].
    pub fn locate(&self, path: &[Seg]) -> Option<SourcePosition> {
        let tokens = &self.tokens;
        let mut value = 0usize;
        let mut found = tokens.first().map(|t| t.at);
        for seg in path {
            let Some(open) = container_open(tokens, value) else {
                break;
            };
            let items = self.items.get(&open).map_or(&[][..], Vec::as_slice);
            let next = match seg {
                Seg::Key(key) => items.iter().find_map(|&start| {
                    match (&tokens.get(start)?.tok, &tokens.get(start + 1)?.tok) {
                        (Tok::Ident(name), Tok::Colon) if name == key => Some(start + 2),
                        _ => None,
                    }
                }),
                Seg::Index(index) => items.get(*index).copied(),
            };
            match next {
                Some(v) => {
                    value = v;
                    found = tokens.get(v).map(|t| t.at);
                }
                None => break,
            }
        }
        found
    }
}

/// For a value starting at `at`, the index of its opening bracket: `Name(`, `(`, `[` or `{`.
fn container_open(tokens: &[Token], at: usize) -> Option<usize> {
    match tokens.get(at)?.tok {
        Tok::Open(_) => Some(at),
        Tok::Ident(_) => match tokens.get(at + 1)?.tok {
            Tok::Open(_) => Some(at + 1),
            _ => None,
        },
        _ => None,
    }
}

/// In one pass: for every container (by its opening token), where each item at its top
/// level starts (`key: value` items start at the key; `Name(…)` items at the name).
fn items_of_every_container(tokens: &[Token]) -> std::collections::HashMap<usize, Vec<usize>> {
    let mut items: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    // Open containers, innermost last: (opening token, expecting an item to start).
    let mut open: Vec<(usize, bool)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        match t.tok {
            Tok::Open(_) => {
                if let Some((parent, expecting)) = open.last_mut()
                    && *expecting
                {
                    items.entry(*parent).or_default().push(i);
                    *expecting = false;
                }
                items.entry(i).or_default();
                open.push((i, true));
            }
            Tok::Close => {
                open.pop();
            }
            Tok::Comma => {
                if let Some((_, expecting)) = open.last_mut() {
                    *expecting = true;
                }
            }
            _ => {
                if let Some((parent, expecting)) = open.last_mut()
                    && *expecting
                {
                    items.entry(*parent).or_default().push(i);
                    *expecting = false;
                }
            }
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"Scenario(
    id: "a",
    // a comment with (brackets) and "quotes"
    faults: [
        (id: "f1", kind: MotorBind(wheel: Left, drag_nm: 3.0)),
        (
            id: "f2",
            target: Unit(99),
        ),
    ],
)"#;

    fn at(path: &[Seg]) -> (usize, usize) {
        let p = locate(DOC, path).expect("found");
        (p.line, p.column)
    }

    #[test]
    fn finds_nested_fields_and_list_items() {
        assert_eq!(at(&["id".into()]), (2, 9));
        assert_eq!(at(&["faults".into(), 1.into(), "target".into()]), (8, 21));
        assert_eq!(
            at(&["faults".into(), 0.into(), "kind".into(), "drag_nm".into()]),
            (5, 58)
        );
    }

    #[test]
    fn missing_parts_fall_back_to_the_deepest_found() {
        assert_eq!(at(&["faults".into(), 1.into(), "nope".into()]), (6, 9));
    }
}
