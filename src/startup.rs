//! Start-up in short tasks.
//!
//! The entry page already shows the page, pre-rendered at build time. The app builds its own
//! copy in a `<body>` that is not in the document yet — the long lists (model rows, company
//! cards) a slice of rows per task — and puts it in place of the pre-rendered body once it is
//! complete, in one step. No task blocks a phone's main thread for long (Lighthouse's Total
//! Blocking Time was the one metric holding `/models` and `/companies` near the budget: the
//! whole page used to be built in one task), and the reader sees no intermediate state.
//!
//! Code that needs the page in the document (measuring it, moving focus into it) runs through
//! [`after_render`], which waits for the swap while the app is still building.

use leptos::prelude::*;

/// How many rows each long list builds per task while the app builds its first page.
pub const SLICE: usize = 12;

#[cfg(target_arch = "wasm32")]
mod state {
    use std::cell::{Cell, RefCell};

    use leptos::prelude::*;

    /// Work that waits for the page to be in the document.
    pub type Queue = Vec<Box<dyn FnOnce()>>;

    thread_local! {
        /// The task of the first page's build the app is in: `usize::MAX` once it is built.
        pub static STAGE: RwSignal<usize> = RwSignal::new(usize::MAX);
        /// Whether a list or a [`Later`](super::Later) part could not be built in the last task.
        pub static WANTS_MORE: Cell<bool> = const { Cell::new(false) };
        /// Work waiting for the page to be in the document (`Some` while it is built apart).
        pub static PENDING: RefCell<Option<Queue>> = const { RefCell::new(None) };
    }
}

/// A long list's share of the first page's build: the list builds [`SLICE`] more of its rows
/// in each task from the one it first appears in (all of them once the app runs).
#[derive(Clone, Copy)]
pub struct Rows {
    #[cfg(target_arch = "wasm32")]
    since: usize,
}

impl Rows {
    /// For a list created now.
    pub fn new() -> Self {
        Rows {
            #[cfg(target_arch = "wasm32")]
            since: state::STAGE.with(|stage| stage.get_untracked()),
        }
    }

    /// How many of the list's `n` rows to build now. Reactive: read it inside a memo or a
    /// closure of the view, so the list grows as the build goes on.
    pub fn of(self, n: usize) -> usize {
        #[cfg(target_arch = "wasm32")]
        {
            let stage = state::STAGE.with(|stage| stage.get());
            if stage == usize::MAX {
                // The app runs: a list made now (another view, a new table) builds every row.
                return n;
            }
            let tasks = stage.saturating_sub(self.since).saturating_add(1);
            let limit = tasks.saturating_mul(SLICE);
            if n > limit {
                state::WANTS_MORE.set(true);
            }
            n.min(limit)
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            n
        }
    }
}

impl Default for Rows {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether the build has reached task `step` (always, once the app runs). Reactive.
pub fn reached(step: usize) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let reached = state::STAGE.with(|stage| stage.get()) >= step;
        if !reached {
            state::WANTS_MORE.set(true);
        }
        reached
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = step;
        true
    }
}

/// A part of a page built in task `step` of the first page's build (at once afterwards):
/// a page too large for one short task is built over several.
#[component]
pub fn Later(step: usize, children: ChildrenFn) -> impl IntoView {
    let shown = Memo::new(move |_| reached(step));
    move || shown.get().then(|| children())
}

/// Runs `f` after the next frame of the page in the document: at once in a frame callback
/// when the app is running, after the swap while it is still building its first page.
pub fn after_render(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let f: Box<dyn FnOnce()> = Box::new(f);
        let waiting = state::PENDING.with_borrow_mut(|pending| match pending {
            Some(queue) => {
                queue.push(f);
                None
            }
            None => Some(f),
        });
        if let Some(f) = waiting {
            request_animation_frame(f);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    drop(f);
}

/// Builds the app in a detached `<body>`, one slice of each long list per task, then makes it
/// the document's body and calls `done`. Falls back to building in place when no element can
/// be created.
#[cfg(target_arch = "wasm32")]
pub fn mount_in_slices<F, N>(app: F, done: impl FnOnce() + 'static)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    use wasm_bindgen::JsCast;
    let document = leptos::prelude::document();
    let Some(fresh) = document
        .create_element("body")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        if let Some(body) = document.body() {
            body.set_text_content(None);
        }
        leptos::mount::mount_to_body(app);
        done();
        return;
    };
    state::PENDING.set(Some(Vec::new()));
    state::WANTS_MORE.set(false);
    state::STAGE.with(|stage| stage.set(0));
    leptos::mount::mount_to(fresh.clone(), app).forget();
    next_slice(fresh, Box::new(done));
}

/// In a task of its own: lets every list that wanted more rows build another slice, or, when
/// none did, swaps the finished page in.
#[cfg(target_arch = "wasm32")]
fn next_slice(fresh: web_sys::HtmlElement, done: Box<dyn FnOnce()>) {
    set_timeout(
        move || {
            let document = leptos::prelude::document();
            // An error page shown meanwhile (`show_fatal_error`, in the body on screen) stays.
            if document.get_element_by_id("fatal-error").is_some() {
                return;
            }
            if state::WANTS_MORE.replace(false) {
                // The lists re-render in this task's microtasks; the next task checks again.
                state::STAGE.with(|stage| stage.update(|n| *n += 1));
                next_slice(fresh, done);
                return;
            }
            // Every part and list is complete: the last stage changes none of them.
            state::STAGE.with(|stage| stage.set(usize::MAX));
            let focused = focused_control(&document);
            document.set_body(Some(&fresh));
            if let Some(focused) = focused {
                focused.restore(&document);
            }
            done();
            let pending = state::PENDING.take().unwrap_or_default();
            for f in pending {
                request_animation_frame(f);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The control a reader focused in the pre-rendered page before the app took over (the search
/// box, typically), found again in the app's page by its `data-testid` or `id`.
#[cfg(target_arch = "wasm32")]
struct Focused {
    selector: String,
    /// What the reader typed into a text field meanwhile.
    value: Option<String>,
}

#[cfg(target_arch = "wasm32")]
fn focused_control(document: &web_sys::Document) -> Option<Focused> {
    use wasm_bindgen::JsCast;
    let active = document.active_element()?;
    let selector = if let Some(test_id) = active.get_attribute("data-testid") {
        format!("[data-testid=\"{}\"]", css_string(&test_id))
    } else if !active.id().is_empty() {
        format!("[id=\"{}\"]", css_string(&active.id()))
    } else {
        return None;
    };
    let value = active
        .dyn_ref::<web_sys::HtmlInputElement>()
        .filter(|input| matches!(input.type_().as_str(), "search" | "text"))
        .map(|input| input.value())
        .filter(|value| !value.is_empty());
    Some(Focused { selector, value })
}

#[cfg(target_arch = "wasm32")]
impl Focused {
    /// Focuses the same control in the app's page; text typed into a field is put back and
    /// announced to the app as input, so the search it started applies.
    fn restore(self, document: &web_sys::Document) {
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
#[cfg(target_arch = "wasm32")]
fn css_string(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"")
}
