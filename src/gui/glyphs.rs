//! Every character the panels show, laid out before anything is drawn.
//!
//! egui rasterises a glyph into its font atlas the first time some text needs it, and
//! bevy_egui uploads the grown atlas a frame later than the text that uses it: a frame
//! drawn in between leaves that character blank (a window at 16× showed "sim time 0:0
//! :15" the moment the clock first reached a 3). egui keeps each glyph at four
//! quarter-pixel offsets, so every character of every text style is laid out at each
//! offset on the first pass, and all of them go out in the atlas's first upload.

use bevy::prelude::*;
use bevy_egui::egui::text::{LayoutJob, LayoutSection, TextFormat};
use bevy_egui::egui::{Color32, FontId};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::overlays::METER_READING_SIZE;

/// The characters outside printable ASCII that the panels and overlays write (a test
/// checks the gui's code for any other).
const SYMBOLS: &str = "×⚠°Ω–—−·…µ±≥≤→←↑↓✓✗⏸";

/// Printable ASCII and `SYMBOLS`.
fn characters() -> impl Iterator<Item = char> {
    (' '..='~').chain(SYMBOLS.chars())
}

/// The quarter-pixel offsets egui rasterises a glyph at (epaint's `SubpixelBin`).
const SUBPIXEL_OFFSETS: [f32; 4] = [0.0, 0.25, 0.5, 0.75];

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, lay_out_every_character);
}

/// Every character in `font`, each on a row of its own (a row starts at x = 0) behind
/// `leading_space` points, so each glyph lands at the same subpixel offset.
fn every_character_at(font: &FontId, leading_space: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    for character in characters() {
        let start = job.text.len();
        job.text.push(character);
        job.text.push('\n');
        job.sections.push(LayoutSection {
            leading_space,
            byte_range: start..job.text.len(),
            format: TextFormat::simple(font.clone(), Color32::WHITE),
        });
    }
    job
}

/// What the atlas was last filled for: the window's scale, and how full the atlas was
/// after (egui starts a new atlas when the scale changes or the old one fills up, and
/// then the glyphs must be laid out again).
struct Filled {
    scale: f32,
    fill_ratio: f32,
}

fn lay_out_every_character(
    mut contexts: EguiContexts,
    mut filled: Local<Option<Filled>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let scale = ctx.pixels_per_point();
    let fill_ratio = ctx.fonts(|view| view.font_atlas_fill_ratio());
    if filled
        .as_ref()
        .is_some_and(|f| f.scale == scale && fill_ratio >= f.fill_ratio)
    {
        return Ok(());
    }
    let mut fonts: Vec<FontId> = ctx.global_style().text_styles.values().cloned().collect();
    fonts.push(FontId::monospace(METER_READING_SIZE));
    let fill_ratio = ctx.fonts_mut(|view| {
        for font in &fonts {
            for offset in SUBPIXEL_OFFSETS {
                let _ = view.layout_job(every_character_at(font, offset / scale));
            }
        }
        view.font_atlas_fill_ratio()
    });
    *filled = Some(Filled { scale, fill_ratio });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every non-ASCII character in the gui's code outside comments (its labels, units
    /// and symbols) is one the atlas is filled with.
    #[test]
    fn every_character_the_gui_writes_is_laid_out() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/gui");
        let known: String = characters().collect();
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(&dir).expect("src/gui") {
            let path = entry.expect("entry").path();
            let source = std::fs::read_to_string(&path).expect("source");
            for (number, line) in source.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                for c in code
                    .chars()
                    .filter(|c| !c.is_ascii() && !known.contains(*c))
                {
                    missing.push(format!("{c:?} at {}:{}", path.display(), number + 1));
                }
            }
        }
        assert!(missing.is_empty(), "not laid out in advance: {missing:?}");
        assert!(('0'..='9').all(|d| known.contains(d)));
    }
}
