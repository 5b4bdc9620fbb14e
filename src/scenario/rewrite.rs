//! Saving an edited scenario into the author's own file: only the values that changed
//! are rewritten, so comments and layout elsewhere stay byte for byte, and a file saved
//! without a change is the same file.
//!
//! The old and the new scenario are both written out the one canonical way; where the
//! two canonical texts differ is what changed, and each difference is carried to the
//! same place in the author's text: a value replaced, a field added where the file left
//! it to its default, list items added or removed.

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;

use super::model::Scenario;
use super::source_tree::{ChildKey, Container, Node, Shape, parse};

/// The author's text with `new`'s changes from `old` written into it; `old` is what the
/// text says. The result parses to `new` (checked; an error names what went wrong).
pub fn rewrite(source: &str, old: &Scenario, new: &Scenario) -> Result<String, String> {
    if old == new {
        return Ok(source.to_string());
    }
    let old_text = canonical(old, false)?;
    let new_text = canonical(new, false)?;
    let compact_text = canonical(new, true)?;
    let tree = |text: &str, what: &str| {
        parse(text).ok_or_else(|| format!("cannot read the {what} as RON"))
    };
    let texts = Texts {
        source,
        old: &old_text,
        new: &new_text,
        compact: &compact_text,
    };
    let mut edits = Vec::new();
    diff(
        &texts,
        Nodes {
            source: &tree(source, "file")?,
            old: &tree(&old_text, "old scenario")?,
            new: &tree(&new_text, "new scenario")?,
            compact: &tree(&compact_text, "new scenario")?,
        },
        &mut edits,
    );
    edits.sort_by_key(|e| std::cmp::Reverse(e.start));
    let mut out = source.to_string();
    let mut limit = usize::MAX;
    for edit in edits {
        if edit.end > limit {
            return Err("two changes overlap in the file".into());
        }
        out.replace_range(edit.start..edit.end, &edit.text);
        limit = edit.start;
    }
    let reread: Scenario = crate::data::authored_ron()
        .from_str(&out)
        .map_err(|e| format!("the rewritten file does not read back: {e}"))?;
    if &reread != new {
        return Err("the rewritten file reads back differently from the edit".into());
    }
    Ok(out)
}

/// The scenario written out the one canonical way (compact: each value on one line).
pub fn canonical(scenario: &Scenario, compact: bool) -> Result<String, String> {
    ron_text(scenario, compact)
}

/// Any part of a scenario written as an author would (compact: on one line).
pub fn ron_text<T: serde::Serialize>(value: &T, compact: bool) -> Result<String, String> {
    let config = PrettyConfig::new()
        .struct_names(false)
        .indentor("    ")
        .extensions(Extensions::IMPLICIT_SOME)
        .compact_structs(compact)
        .compact_arrays(compact);
    let text = ron::ser::to_string_pretty(value, config).map_err(|e| e.to_string())?;
    // The extension header goes (authored files are read with it on), and an apostrophe
    // needs no escape in a RON string.
    let body = match text.strip_prefix("#![enable(implicit_some)]") {
        Some(rest) => rest.trim_start(),
        None => &text,
    };
    Ok(body.replace("\\'", "'"))
}

struct Texts<'a> {
    source: &'a str,
    old: &'a str,
    new: &'a str,
    compact: &'a str,
}

/// The same value in the author's text, the old and new canonical texts, and the new
/// compact one.
#[derive(Clone, Copy)]
struct Nodes<'a> {
    source: &'a Node,
    old: &'a Node,
    new: &'a Node,
    compact: &'a Node,
}

impl<'a> Nodes<'a> {
    fn child(&self, key: &ChildKey) -> Option<Nodes<'a>> {
        Some(Nodes {
            source: self.source.child(key)?,
            old: self.old.child(key)?,
            new: self.new.child(key)?,
            compact: self.compact.child(key)?,
        })
    }
}

struct Edit {
    start: usize,
    end: usize,
    text: String,
}

fn span<'t>(text: &'t str, node: &Node) -> &'t str {
    &text[node.start..node.end]
}

fn diff(t: &Texts, n: Nodes, edits: &mut Vec<Edit>) {
    if span(t.old, n.old) == span(t.new, n.new) {
        return;
    }
    match (&n.source.shape, &n.old.shape, &n.new.shape) {
        (
            Shape::Struct {
                name: sn,
                fields: sf,
                close,
            },
            Shape::Struct {
                name: on,
                fields: of,
                ..
            },
            Shape::Struct {
                name: nn,
                fields: nf,
                ..
            },
        ) if on == nn && (sn == on || sn.is_none() || on.is_none()) => {
            // Fields the canonical text leaves out hold their defaults: one may appear
            // (set), or go (back to its default).
            let keys = nf
                .iter()
                .chain(of.iter().filter(|(k, ..)| !nf.iter().any(|(n, ..)| n == k)))
                .map(|(k, ..)| k.clone());
            for name in keys {
                let key = ChildKey::Field(name.clone());
                if let Some(child) = n.child(&key) {
                    diff(t, child, edits);
                    continue;
                }
                let (old, new, compact) =
                    (n.old.child(&key), n.new.child(&key), n.compact.child(&key));
                if let (Some(old), Some(new)) = (old, new)
                    && span(t.old, old) == span(t.new, new)
                {
                    continue;
                }
                let in_source = sf.iter().position(|(k, ..)| *k == name);
                match (new, compact, in_source) {
                    (Some(new), Some(compact), Some(i)) => {
                        let at = &sf[i].2;
                        let indent = indent_at(t.source, at.start);
                        edits.push(Edit {
                            start: at.start,
                            end: at.end,
                            text: formatted(t, new, compact, Some(at))
                                .replace('\n', &format!("\n{indent}")),
                        });
                    }
                    (Some(new), Some(compact), None) => {
                        let text = format!("{name}: {}", formatted(t, new, compact, None));
                        let last = sf.last().map(|(.., node)| node);
                        edits.push(insert_after(t.source, *close, last, &text));
                    }
                    (None, _, Some(i)) if old.is_some() => {
                        let spans: Vec<(usize, usize)> = sf
                            .iter()
                            .map(|(_, start, node)| (*start, node.end))
                            .collect();
                        edits.push(remove_items(t.source, &spans, *close, i..i + 1));
                    }
                    _ => {}
                }
            }
        }
        (
            Shape::Seq {
                name: sn,
                items: si,
                close,
            },
            Shape::Seq {
                name: on,
                items: oi,
                ..
            },
            Shape::Seq {
                name: nn,
                items: ni,
                ..
            },
        ) if sn == on && on == nn && si.len() == oi.len() => {
            if oi.len() == ni.len() {
                for i in 0..ni.len() {
                    if let Some(child) = n.child(&ChildKey::Item(i)) {
                        diff(t, child, edits);
                    }
                }
                return;
            }
            // Items kept at either end stay as written; those between go or come.
            let same = |a: &Node, b: &Node| span(t.old, a) == span(t.new, b);
            let prefix = oi.iter().zip(ni).take_while(|(a, b)| same(a, b)).count();
            let room = oi.len().min(ni.len()) - prefix;
            let suffix = oi
                .iter()
                .rev()
                .zip(ni.iter().rev())
                .take(room)
                .take_while(|(a, b)| same(a, b))
                .count();
            // Between them, items in the same place are edited where they stand; the
            // rest go, or come after them.
            let paired = (oi.len() - suffix).min(ni.len() - suffix) - prefix;
            for i in prefix..prefix + paired {
                if let Some(child) = n.child(&ChildKey::Item(i)) {
                    diff(t, child, edits);
                }
            }
            let prefix = prefix + paired;
            let gone = prefix..oi.len() - suffix;
            let come = prefix..ni.len() - suffix;
            if !gone.is_empty() {
                let spans: Vec<(usize, usize)> = si.iter().map(|i| (i.start, i.end)).collect();
                edits.push(remove_items(t.source, &spans, *close, gone.clone()));
            }
            if !come.is_empty() {
                let Shape::Seq { items: ci, .. } = &n.compact.shape else {
                    return;
                };
                let texts: Vec<String> = come.map(|i| formatted(t, &ni[i], &ci[i], None)).collect();
                let after = prefix.checked_sub(1).map(|i| &si[i]);
                edits.push(insert_after(t.source, *close, after, &texts.join(",\n")));
            }
        }
        _ => {
            let indent = indent_at(t.source, n.source.start);
            edits.push(Edit {
                start: n.source.start,
                end: n.source.end,
                text: formatted(t, n.new, n.compact, Some(n.source))
                    .replace('\n', &format!("\n{indent}")),
            })
        }
    }
}

/// The new value's text for the author's file: on one line where it replaces a value
/// written on one line (and fits), else over lines, each part on one line where it fits.
/// Lines after the first are indented from 0: the caller indents them to where they go.
fn formatted(t: &Texts, new: &Node, compact: &Node, replacing: Option<&Node>) -> String {
    let one_line = span(t.compact, compact);
    let on_one_line = replacing.is_none_or(|old| !span(t.source, old).contains('\n'));
    if one_line.len() <= 80 && on_one_line {
        return one_line.to_string();
    }
    laid_out(t, new, compact)
}

fn laid_out(t: &Texts, new: &Node, compact: &Node) -> String {
    let one_line = span(t.compact, compact);
    if one_line.len() <= 72 {
        return one_line.to_string();
    }
    let part = |n: &Node, c: &Node| laid_out(t, n, c).replace('\n', "\n    ");
    let (name, lines, brackets) = match (&new.shape, &compact.shape) {
        (Shape::Struct { name, fields, .. }, Shape::Struct { fields: cf, .. }) => (
            name,
            fields
                .iter()
                .zip(cf)
                .map(|((key, _, n), (.., c))| format!("    {key}: {},", part(n, c)))
                .collect::<Vec<_>>(),
            ('(', ')'),
        ),
        (Shape::Seq { name, items, .. }, Shape::Seq { items: ci, .. }) => {
            let square = name.is_none() && span(t.new, new).starts_with('[');
            (
                name,
                items
                    .iter()
                    .zip(ci)
                    .map(|(n, c)| format!("    {},", part(n, c)))
                    .collect(),
                if square { ('[', ']') } else { ('(', ')') },
            )
        }
        _ => return one_line.to_string(),
    };
    format!(
        "{}{}\n{}\n{}",
        name.as_deref().unwrap_or_default(),
        brackets.0,
        lines.join("\n"),
        brackets.1
    )
}

/// The leading whitespace of the line holding byte `at`.
fn indent_at(text: &str, at: usize) -> String {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

/// Inserts `text` (one or more items, joined by ",\n") into a container after item
/// `after` (None: first): on a new line at the items' indentation where the container
/// spans lines, else inline.
fn insert_after(source: &str, close: Container, after: Option<&Node>, text: &str) -> Edit {
    let inside = &source[close.open_end..close.close_start];
    // The point to insert at (after the item's comma, if it has one), and whether a
    // comma must go before the new text.
    let (at, comma_before) = match after {
        None => (close.open_end, false),
        Some(item) => {
            let rest = &source[item.end..close.close_start];
            match rest.find(',').filter(|i| rest[..*i].trim().is_empty()) {
                Some(i) => (item.end + i + 1, false),
                None => (item.end, true),
            }
        }
    };
    let comma = if comma_before { "," } else { "" };
    let text = if inside.contains('\n') {
        // On lines of their own, after the rest of the line (a trailing comment stays
        // with its item), at the items' indentation.
        let line_end = source[at..close.close_start]
            .find('\n')
            .map_or(at, |i| at + i);
        // (An item with no comma after it takes one where it ends.)
        let at_line_end = !comma_before && only_comments(&source[at..line_end]);
        let indent = match after {
            Some(item) => indent_at(source, item.start),
            None => format!("{}    ", indent_at(source, close.open_end)),
        };
        let body = text.replace('\n', &format!("\n{indent}"));
        let edit = format!("\n{indent}{body},");
        let at = if at_line_end { line_end } else { at };
        return Edit {
            start: at,
            end: at,
            text: format!("{comma}{edit}"),
        };
    } else if after.is_none() && inside.trim().is_empty() {
        text.to_string()
    } else if after.is_none() {
        format!("{text}, ")
    } else {
        format!("{comma} {text}")
    };
    Edit {
        start: at,
        end: at,
        text,
    }
}

fn only_comments(text: &str) -> bool {
    let text = text.trim();
    text.is_empty() || text.starts_with("//")
}

/// Removes the items in `range` with their commas (and their lines, where they stand on
/// lines of their own).
fn remove_items(
    source: &str,
    items: &[(usize, usize)],
    close: Container,
    range: std::ops::Range<usize>,
) -> Edit {
    let (first, _) = items[range.start];
    let (_, last_end) = items[range.end - 1];
    let next = items.get(range.end).map(|(start, _)| *start);
    let end = match next {
        Some(next) => next,
        None => close.trailing_comma_end.unwrap_or(last_end).max(last_end),
    };
    let line_start = source[..first].rfind('\n').map_or(0, |i| i + 1);
    if source[line_start..first].trim().is_empty() {
        // On lines of their own: from the first item's line to the next item's line.
        let next_line = match next {
            Some(next) => source[..next].rfind('\n').map_or(0, |i| i + 1),
            None => {
                let after = &source[end..close.close_start];
                match after.find('\n') {
                    Some(i) if only_comments(&after[..i]) => end + i + 1,
                    _ => end,
                }
            }
        };
        Edit {
            start: line_start,
            end: next_line.max(line_start),
            text: String::new(),
        }
    } else {
        // Inline: from the first item to the next (the last ones: from the item before).
        let start = match (next, range.start) {
            (None, i) if i > 0 => items[i - 1].1,
            _ => first,
        };
        Edit {
            start,
            end,
            text: String::new(),
        }
    }
}
