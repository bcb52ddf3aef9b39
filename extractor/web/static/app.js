// The journalists' page: sends the article to the API and puts the server-rendered (escaped) panels in place.
"use strict";

const byId = (id) => document.getElementById(id);
let currentRecord = null;

function showError(text) {
  const box = byId("error");
  box.textContent = text;
  box.hidden = !text;
}

function errorText(body, status) {
  const error = (body && (body.error || (body.record && body.record.error))) || null;
  if (!error) return "HTTP " + status;
  return [error.message_vi, error.message].filter(Boolean).join(" / ");
}

async function post(url, options) {
  const response = await fetch(url, Object.assign({ method: "POST" }, options));
  let body = null;
  try {
    body = await response.json();
  } catch (_) {
    body = null;
  }
  if (!response.ok) throw new Error(errorText(body, response.status));
  return body;
}

function showResult(result) {
  currentRecord = result.record;
  byId("marked-text").innerHTML = result.html.text;
  byId("facts").innerHTML = result.html.facts;
  byId("events").innerHTML = result.html.events;
  byId("checks").innerHTML = result.html.checks;
  byId("claim-result").innerHTML = "";
  byId("download").disabled = false;
  byId("results").hidden = false;
}

async function analyse(options) {
  const status = byId("status");
  status.textContent = status.dataset.working;
  showError("");
  try {
    const result = await post("/api/annotate", options);
    showResult(result);
    return result;
  } catch (error) {
    showError(error.message);
    return null;
  } finally {
    status.textContent = "";
  }
}

byId("article-form").addEventListener("submit", (event) => {
  event.preventDefault();
  analyse({
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: byId("article").value }),
  });
});

byId("upload").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  const form = new FormData();
  form.append("file", file);
  const result = await analyse({ body: form });
  if (result) byId("article").value = result.record.text || "";
  event.target.value = "";
});

byId("claim-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  if (!currentRecord) return;
  showError("");
  try {
    const result = await post("/api/claim", {
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ record: currentRecord, claim: byId("claim").value }),
    });
    byId("claim-result").innerHTML = result.html;
  } catch (error) {
    showError(error.message);
  }
});

byId("download").addEventListener("click", () => {
  if (!currentRecord) return;
  const blob = new Blob([JSON.stringify(currentRecord, null, 2)], { type: "application/json" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = currentRecord.doc_id + ".json";
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
});

// A row of the facts table points at its figure in the text.
byId("facts").addEventListener("click", (event) => {
  const row = event.target.closest("tr[data-id]");
  if (!row) return;
  const mark = byId("marked-text").querySelector('mark[data-id="' + CSS.escape(row.dataset.id) + '"]');
  if (!mark) return;
  mark.scrollIntoView({ behavior: "smooth", block: "center" });
  mark.classList.add("flash");
  setTimeout(() => mark.classList.remove("flash"), 1200);
});
