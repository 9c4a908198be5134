//! Taking over the pre-rendered page: the app replaces it in one task (see `mount` in
//! lib.rs), and what the reader was doing in it carries over — the focused control, and text
//! typed into a field before the app had started.
//!
//! (Building the page in several short tasks instead was measured and rejected: it cut the
//! longest main-thread task from ~130 to ~33 ms of CPU, yet Lighthouse's mobile score on this
//! machine fell from 92 to 84, median of 14 alternating runs each — docs/performance.md.)

/// The control a reader focused in the pre-rendered page before the app took over (the search
/// box, typically), found again in the app's page by its `data-testid` or `id` when that names
/// it alone.
pub struct Focused {
    selector: String,
    /// What the reader typed into a text field meanwhile.
    value: Option<String>,
}

/// The control focused now, if the app's page will have one like it.
pub fn focused_control(document: &web_sys::Document) -> Option<Focused> {
    use wasm_bindgen::JsCast;
    let active = document.active_element()?;
    let selector = if let Some(test_id) = active.get_attribute("data-testid") {
        format!("[data-testid=\"{}\"]", css_string(&test_id))
    } else if !active.id().is_empty() {
        format!("[id=\"{}\"]", css_string(&active.id()))
    } else {
        return None;
    };
    // A control that is one of many alike (a row's checkbox) could not be found again.
    if document.query_selector_all(&selector).ok()?.length() != 1 {
        return None;
    }
    let value = active
        .dyn_ref::<web_sys::HtmlInputElement>()
        .filter(|input| matches!(input.type_().as_str(), "search" | "text"))
        .map(|input| input.value())
        .filter(|value| !value.is_empty());
    Some(Focused { selector, value })
}

impl Focused {
    /// Focuses the same control in the app's page; text typed into a field is put back and
    /// announced to the app as input, so the search it started applies.
    pub fn restore(self, document: &web_sys::Document) {
        use wasm_bindgen::JsCast;
        let Some(element) = document
            .query_selector(&self.selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        if let (Some(value), Some(input)) =
            (self.value, element.dyn_ref::<web_sys::HtmlInputElement>())
        {
            input.set_value(&value);
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
                let _ = input.dispatch_event(&event);
            }
        }
        let _ = element.focus();
    }
}

/// A value for a double-quoted CSS attribute selector.
fn css_string(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"")
}
