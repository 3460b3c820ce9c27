for i in 1 2 3; do echo line $i; done
# expect: line 1
# expect: line 2
# expect: line 3
n=0; while [ $n -lt 2 ]; do n=$((n+1)); done; echo $n # expect: 2
if false; then echo no; elif true; then echo elif; else echo else; fi # expect: elif
case abc in a*) echo starts;; *) echo other;; esac # expect: starts
f() { echo "args: $# $1"; return 3; }; f x y; echo $? # expect: args: 2 x
# expect: 3
true && echo and || echo or # expect: and
false || echo fallback # expect: fallback
echo a | tr a b # expect: b
printf '%s-%d\n' x 4 # expect: x-4
exit 300 # exit: 44
