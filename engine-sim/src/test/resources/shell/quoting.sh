X='a  b'
echo $X # expect: a b
echo "$X" # expect: a  b
echo '$X' "\$X" # expect: $X $X
Y=${UNSET:-default}; echo $Y # expect: default
echo ${#X} # expect: 4
F=path/to/file.txt; echo ${F##*/} ${F%.txt} # expect: file.txt path/to/file
echo $((2 + 3 * 4)) # expect: 14
echo "$(echo inner) `echo tick`" # expect: inner tick
