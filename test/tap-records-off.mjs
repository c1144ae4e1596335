// Loaded first in every test process (NODE_OPTIONS, set in .taprc). tap records each module a test
// process loads, for coverage and `tap --changed`, neither of which this project uses: re-reading
// and measuring thousands of library files cost each test process about a second of CPU. Its
// recorder skips the files this pattern matches, which is every file.
process.env._TAPJS_PROCESSINFO_EXCLUDE_ = '/./'
