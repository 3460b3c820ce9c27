echo 'one two three' | { read a b; echo "[$a][$b]"; }
# expect: [one][two three]
echo 'a\b c' | { read x; echo "[$x]"; }
# expect: [ab c]
echo 'a\b c' | { read -r x; echo "[$x]"; }
# expect: [a\b c]
echo abcdef | { read -n 3 x; echo "[$x]"; }
# expect: [abc]
printf 'k=v;rest\n' | { read -d ';' x; echo "[$x] $?"; }
# expect: [k=v] 0
echo hi | { read -rp 'Name: ' who; echo "[$who]"; }
# expect: [hi]
printf 'no newline' | { read x; echo "[$x] $?"; }
# expect: [no newline] 1
read x < /dev/null; echo $?
# expect: 1
printf 'a b\n' | { read; echo "[$REPLY]"; }
# expect: [a b]
read -x # expect: sh: read: line 19: illegal option -x
echo $? # expect: 2
