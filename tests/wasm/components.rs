//! Component tests in headless Chromium (wasm-bindgen-test): widgets whose behaviour is
//! easiest to check in isolation, mounted on their own.
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test components`

use china_ai_atlas::router::Router;
use china_ai_atlas::widgets::{FacetGroup, FacetOption, SearchBox, FACET_VALUES_SHOWN};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let element = document
        .create_element("div")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    document.body().unwrap().append_child(&element).unwrap();
    element
}

#[wasm_bindgen_test]
async fn the_search_box_applies_every_keystroke_at_once_and_keeps_a_trailing_space() {
    let writes = RwSignal::new(Vec::<String>::new());
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        // In a router, as in the app: the box reads the interface language from the URL.
        view! {
            <Router>
                <SearchBox
                    value=Signal::derive(move || writes.with(|w| w.last().map(|q| q.trim().to_string()).unwrap_or_default()))
                    on_search=Callback::new(move |q: String| writes.update(|w| w.push(q)))
                    placeholder=Signal::derive(|| "search")
                    label=Signal::derive(|| "Search")
                />
            </Router>
        }
    });
    let input = root
        .query_selector("input")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlInputElement>();
    let typed = [
        "d",
        "de",
        "dee",
        "deep",
        "deep ",
        "deep s",
        "deep se",
        "deep see",
        "deep seek",
    ];
    for text in typed {
        input.set_value(text);
        input
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
        // Applied synchronously, before any timer could run.
        assert_eq!(
            writes.get_untracked().last().map(String::as_str),
            Some(text)
        );
        sleep(5).await;
        // The box never takes back what is being typed (the view trims "deep " to "deep").
        assert_eq!(input.value(), text);
    }
    assert_eq!(writes.get_untracked(), typed);
}

#[wasm_bindgen_test]
async fn a_facet_disables_empty_values_and_lists_the_most_frequent_first() {
    // Frequency over the whole dataset (`total`) decides which values show before "Show all".
    let toggled = RwSignal::new(Vec::<String>::new());
    let options: Vec<FacetOption> = (0..FACET_VALUES_SHOWN + 5)
        .map(|i| FacetOption {
            value: format!("v{i}"),
            label: format!("Value {i}"),
            count: i,
            total: i,
            selected: i == 1,
        })
        .collect();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        let options = options.clone();
        view! {
            <Router>
                <FacetGroup
                    key="test"
                    title=Signal::derive(|| "Test".to_string())
                    options=Signal::derive(move || options.clone())
                    on_toggle=Callback::new(move |v: String| toggled.update(|t| t.push(v)))
                />
            </Router>
        }
    });
    sleep(10).await;
    let inputs = root.query_selector_all("input[type=checkbox]").unwrap();
    // The 40 most frequent values, plus the selected one (count 1) so it can be cleared.
    assert_eq!(inputs.length() as usize, FACET_VALUES_SHOWN + 1);
    let zero = root.query_selector("input[data-value='v0']").unwrap();
    assert!(
        zero.is_none(),
        "the least frequent values are behind 'Show all'"
    );
    let more = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    assert_eq!(more.text_content().unwrap(), "Show all 45");
    more.click();
    sleep(10).await;
    let zero = root
        .query_selector("input[data-value='v0']")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlInputElement>();
    assert!(zero.disabled(), "a value with no results is shown disabled");
    let one = root
        .query_selector("input[data-value='v1']")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlInputElement>();
    assert!(one.checked() && !one.disabled());
    one.click();
    assert_eq!(toggled.get_untracked(), ["v1"]);
}

/// The dataset as the browser decodes it (built natively at build time, read by 32-bit wasm):
/// every id is found through the prebuilt indexes, and each company's models are its own.
#[wasm_bindgen_test]
fn the_prebuilt_indexes_find_every_record_in_wasm() {
    let data = china_ai_atlas::load_bundle_data(&china_ai_atlas::ALL).expect("the dataset decodes");
    assert!(!data.models.is_empty());
    for (i, model) in data.models.iter().enumerate() {
        assert_eq!(data.model_position(&model.id), Some(i), "{}", model.id);
    }
    for (i, company) in data.companies.iter().enumerate() {
        assert_eq!(
            data.company_position(&company.id),
            Some(i),
            "{}",
            company.id
        );
        for &m in &data.models_by_company[i] {
            assert_eq!(data.models[m].company, company.id);
        }
    }
    for (i, event) in data.events().iter().enumerate() {
        assert_eq!(data.event_position(&event.id), Some(i), "{}", event.id);
    }
    assert_eq!(data.model_position("no-such-model"), None);
}
