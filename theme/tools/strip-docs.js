// After npm installs decap-server: remove the packages' Markdown documentation. Nothing runs or serves it, and
// some of it points at images on other hosts; the theme holds no such links (as theme/node_modules does not).
const fs = require("fs");
const path = require("path");

function strip(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) strip(full);
    else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) fs.unlinkSync(full);
  }
}

strip(path.join(__dirname, "node_modules"));
