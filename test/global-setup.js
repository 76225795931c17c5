// Builds the CLI bundle (dist-cli/iku.js, esbuild, well under a second) from the current
// sources, so the tests that run bin/iku.js test this checkout and not an older build.
module.exports = async () => {
  require("../scripts/build-cli.js").buildCli();
};
