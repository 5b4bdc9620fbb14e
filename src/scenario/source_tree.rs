//! A RON text as a tree of values, each with its byte span, so an edit can replace one
//! value and leave every other byte (comments, layout) as the author wrote it.

use super::locate::{Tok, Token, tokenize};

/// One value of the text and where it sits.
#[derive(Debug, Clone)]
pub(super) struct Node {
    pub shape: Shape,
    /// Byte span of the whole value (a named value from its name).
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone)]
pub(super) enum Shape {
    /// A number, string, unit variant or a value this tree does not look into (a map).
    Atom,
    /// `Name(key: value, …)` or `(key: value, …)`: each field's key, where the key
    /// starts, and its value.
    Struct {
        name: Option<String>,
        fields: Vec<(String, usize, Node)>,
        close: Container,
    },
    /// `[a, b]`, `Name(a, b)` or `(a, b)`.
    Seq {
        name: Option<String>,
        items: Vec<Node>,
        close: Container,
    },
}

/// Where a container's brackets are, and whether its last item has a comma after it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Container {
    pub open_end: usize,
    pub close_start: usize,
    /// Byte offset just after the comma following the last item, if there is one.
    pub trailing_comma_end: Option<usize>,
}

impl Node {
    /// The value named by a field key or a list index, if this value has it.
    pub fn child(&self, key: &ChildKey) -> Option<&Node> {
        match (&self.shape, key) {
            (Shape::Struct { fields, .. }, ChildKey::Field(k)) => {
                fields.iter().find(|(name, ..)| name == k).map(|(.., n)| n)
            }
            (Shape::Seq { items, .. }, ChildKey::Item(i)) => items.get(*i),
            _ => None,
        }
    }
}

/// A step into a value.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum ChildKey {
    Field(String),
    Item(usize),
}

/// Parses the text's top-level value (None: the text is not well-formed RON).
pub(super) fn parse(text: &str) -> Option<Node> {
    let tokens = tokenize(text);
    let mut at = 0;
    let node = value(&tokens, &mut at)?;
    (at == tokens.len()).then_some(node)
}

fn value(tokens: &[Token], at: &mut usize) -> Option<Node> {
    let first = tokens.get(*at)?;
    let start = first.start;
    let (name, open) = match (&first.tok, tokens.get(*at + 1).map(|t| &t.tok)) {
        (Tok::Ident(name), Some(Tok::Open('('))) => (Some(name.clone()), *at + 1),
        (Tok::Open('(' | '['), _) => (None, *at),
        (Tok::Open('{'), _) => return opaque(tokens, at),
        (Tok::Ident(_) | Tok::Atom, _) => {
            *at += 1;
            return Some(Node {
                shape: Shape::Atom,
                start,
                end: first.end,
            });
        }
        _ => return None,
    };
    *at = open + 1;
    let mut fields = Vec::new();
    let mut items = Vec::new();
    let mut trailing_comma_end = None;
    loop {
        let token = tokens.get(*at)?;
        match &token.tok {
            Tok::Close => break,
            Tok::Ident(key) if matches!(tokens.get(*at + 1).map(|t| &t.tok), Some(Tok::Colon)) => {
                let (key, key_start) = (key.clone(), token.start);
                *at += 2;
                fields.push((key, key_start, value(tokens, at)?));
            }
            _ => items.push(value(tokens, at)?),
        }
        trailing_comma_end = None;
        match tokens.get(*at).map(|t| &t.tok) {
            Some(Tok::Comma) => {
                trailing_comma_end = Some(tokens[*at].end);
                *at += 1;
            }
            Some(Tok::Close) => {}
            _ => return None,
        }
    }
    let close_token = &tokens[*at];
    *at += 1;
    let close = Container {
        open_end: tokens[open].end,
        close_start: close_token.start,
        trailing_comma_end,
    };
    let shape = if !fields.is_empty() && items.is_empty() {
        Shape::Struct {
            name,
            fields,
            close,
        }
    } else if fields.is_empty() {
        Shape::Seq { name, items, close }
    } else {
        return None;
    };
    Some(Node {
        shape,
        start,
        end: close_token.end,
    })
}

/// A value this tree does not look into (a map): its span, brackets balanced.
fn opaque(tokens: &[Token], at: &mut usize) -> Option<Node> {
    let start = tokens.get(*at)?.start;
    let mut depth = 0usize;
    loop {
        let token = tokens.get(*at)?;
        *at += 1;
        match token.tok {
            Tok::Open(_) => depth += 1,
            Tok::Close => {
                depth -= 1;
                if depth == 0 {
                    return Some(Node {
                        shape: Shape::Atom,
                        start,
                        end: token.end,
                    });
                }
            }
            _ => {}
        }
    }
}
